import CDP
import Foundation
import Testing
import WTDiagnostics
import WTEngine
import WTRuntime
import WTSema
import WTTestSupport

/// Recording keeps each page's raw document body (`TracePage.response`): exactly what the server sent,
/// before any script ran, in both modes.
@Suite(
    "Raw responses in recorded traces", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct TraceResponseTests {
    /// A page whose list a script fills in, and whose button adds an item without leaving the document.
    static let rendered = """
        <!DOCTYPE html><html><head><title>Rendered</title></head><body><ul id="l"></ul>
        <button id="more" type="button">More</button>
        <script>
        const add = (t) => { const li = document.createElement('li'); li.textContent = t;
          document.getElementById('l').append(li) };
        ['alpha', 'beta'].forEach(add);
        document.getElementById('more').addEventListener('click', () => add('gamma'));
        </script></body></html>
        """

    static let renderedProgram = """
        program "rendered"

        param page_url: url

        output items: [string]

        open page_url
        click "#more"
        extract items = texts "ul#l li"
        """

    @Test(
        "every page of the quotes sample has a response equal to the site's file",
        arguments: [Engine.ExecutionMode.browser, .http])
    func quotesResponsesAreTheSiteFiles(_ mode: Engine.ExecutionMode) async throws {
        let server = try SampleSites.server("quotes")
        try server.start()
        defer { server.stop() }
        let recorded = try await Self.record(
            try EngineHarness.sample("quotes"), parameters: ["base_url=\(server.baseURL)"], mode: mode)
        let pages = recorded.steps.flatMap { [$0["before"], $0["after"]] }.compactMap { $0 as? [String: Any] }
        #expect(pages.count >= 6)
        let site = Paths.samples.appendingPathComponent("quotes/site")
        for page in pages {
            let url = try #require(page["url"] as? String)
            let response = try #require(page["response"] as? String, "\(url) has no response")
            let path = try #require(URL(string: url)?.path)
            let expected = try Data(contentsOf: site.appendingPathComponent(path).appendingPathComponent("index.html"))
            #expect(try recorded.file(response) == expected, "\(url)")
        }
        let files = try FileManager.default.contentsOfDirectory(
            atPath: recorded.directory.appendingPathComponent("responses").path)
        #expect(files.sorted() == ["0001.html", "0002.html", "0003.html"])
    }

    @Test("a page a script rendered keeps the body the server sent, also after a same-document change")
    func renderedPageKeepsItsRawBody() async throws {
        let routes = [LoopbackRoute("GET", "/rendered") { _ in .html(Self.rendered) }]
        let server = try LoopbackServer(routes: routes)
        try server.start()
        defer { server.stop() }
        let recorded = try await Self.record(
            Self.renderedProgram, parameters: ["page_url=\(server.url("/rendered"))"], mode: .browser)
        let click = try #require(recorded.steps.first { $0["action"] as? String == "click" })
        let extract = try #require(recorded.steps.first { $0["action"] as? String == "extract" })
        #expect((extract["extraction"] as? [String: Any])?["value"] as? [String] == ["alpha", "beta", "gamma"])
        let page = { (step: [String: Any], key: String) in step[key] as? [String: Any] ?? [:] }
        let response = try #require(page(extract, "before")["response"] as? String)
        #expect(page(click, "before")["response"] as? String == response)
        #expect(page(click, "after")["response"] as? String == response)
        #expect(page(click, "before")["snapshot"] as? String != page(click, "after")["snapshot"] as? String)
        let body = try recorded.file(response)
        #expect(body == Data(Self.rendered.utf8))
        #expect(!String(decoding: body, as: UTF8.self).contains("<li>"), "the raw body has no rendered items")
        let snapshot = try recorded.file(try #require(page(extract, "before")["snapshot"] as? String))
        #expect(String(decoding: snapshot, as: UTF8.self).contains("<li>gamma</li>"))
    }

    @Test(
        "a JSON document's body is kept as a .json response, byte for byte, for json reads to be compiled",
        arguments: [Engine.ExecutionMode.browser, .http])
    func jsonAnswerIsKeptAsJSON(_ mode: Engine.ExecutionMode) async throws {
        let body = #"{"items":[{"name":"bolt"},{"name":"nut"}],"total":2}"#
        let server = try LoopbackServer(routes: [LoopbackRoute("GET", "/api") { _ in .json(Data(body.utf8)) }])
        try server.start()
        defer { server.stop() }
        let program = """
            program "api"

            param api_url: url

            output names: [string]

            open api_url
            extract names = json "items[*].name"
            """
        let recorded = try await Self.record(program, parameters: ["api_url=\(server.url("/api"))"], mode: mode)
        let extract = try #require(recorded.steps.first { $0["action"] as? String == "extract" })
        #expect((extract["extraction"] as? [String: Any])?["value"] as? [String] == ["bolt", "nut"])
        let response = try #require((extract["before"] as? [String: Any])?["response"] as? String)
        #expect(response == "responses/0001.json")
        #expect(try recorded.file(response) == Data(body.utf8))
    }

    /// A written trace: its folder and its steps as JSON objects.
    struct Recorded {
        var directory: URL
        var steps: [[String: Any]]

        func file(_ path: String) throws -> Data { try Data(contentsOf: directory.appendingPathComponent(path)) }
    }

    /// Runs `text` with a trace recorder, as `wtc exec --trace` does, and reads the written trace back.
    static func record(_ text: String, parameters: [String], mode: Engine.ExecutionMode) async throws -> Recorded {
        let file = SourceFile(path: "program.wt", text: text)
        var diagnostics = DiagnosticEngine()
        let checked = try #require(FrontEnd.check(file, diagnostics: &diagnostics).checked)
        let values = try Parameters.parse(parameters, for: checked)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-responses-\(UUID())")
        let recorder = TraceRecorder(sourceName: "program.wt", parameters: values)
        var options = RunOptions(parameters: values, observer: recorder)
        options.maxForks = 0
        var engine = Engine.Options(mode: mode, runDirectory: directory)
        engine.recorder = recorder
        let result = try await Engine.withDriver(mode: mode, options: engine) { driver in
            try await Interpreter.run(checked, file: file, driver: driver, options: options)
        }
        let trace = recorder.trace(
            program: checked, task: "t", parameters: values, mode: mode.rawValue, result: .success(result))
        try recorder.write(trace, to: directory)
        let json = try JSONSerialization.jsonObject(
            with: Data(contentsOf: directory.appendingPathComponent("trace.json")))
        let steps = (json as? [String: Any])?["steps"] as? [[String: Any]]
        return Recorded(directory: directory, steps: try #require(steps))
    }
}
