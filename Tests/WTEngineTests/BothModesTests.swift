import Foundation
import Testing
import WTEngine
import WTRuntime
import WTTestSupport

/// Extraction is the same libxml2 code in both modes, so a program that can run over plain HTTP must
/// return exactly the same result in real Chromium.
@Suite("Samples in both modes", .serialized)
struct BothModesTests {
    @Test("the sample returns its expected.json in Chromium too", arguments: SampleExecTests.httpSamples)
    func sameInBrowser(_ name: String) async throws {
        let server = try SampleSites.server(name)
        try server.start()
        defer { server.stop() }
        var parameters = ["base_url=\(server.baseURL)"]
        if name == "login" { parameters.append("password=\(SampleSites.demoPassword)") }
        let outcome = try await EngineHarness.run(
            try EngineHarness.sample(name), parameters: parameters, mode: .browser)
        let failure = outcome.failure.map { "\($0.diagnostic.text) — \($0.diagnostic.help ?? "")" } ?? ""
        let result = try #require(outcome.result, "\(name) failed in the browser: \(failure)")
        let actual = try EngineHarness.json(result.json(pretty: true))
        #expect(EngineHarness.same(actual, try EngineHarness.expected(name, base: server.baseURL)))
    }
}

/// Browser-only behaviour of the driver on small pages of our own.
@Suite("Browser driver", .serialized)
struct BrowserDriverTests {
    static func run(_ page: String, _ steps: String, outputs: String) async throws -> EngineHarness.Outcome {
        let routes = [
            LoopbackRoute("GET", "/page") { _ in .html(page) },
            LoopbackRoute("GET", "/next") { _ in .html("<title>Next</title><h1>Arrived</h1>") },
        ]
        return try await withLoopbackServer(routes: routes) { server in
            let program = "program \"b\"\n\n\(outputs)\n\nopen \"\(server.url("/page"))\"\n\(steps)\n"
            return try await EngineHarness.run(program, mode: .browser)
        }
    }

    @Test("a click that opens a JavaScript confirm dialog does not hang: the dialog is accepted")
    func dialogs() async throws {
        let page =
            "<button onclick=\"if (confirm('Sure?')) { document.body.dataset.ok = 'yes';"
            + " document.querySelector('p').textContent = 'confirmed' }\">Go</button><p>waiting</p>"
        let outcome = try await Self.run(
            page, "click role button \"Go\"\nextract state = text \"p\"", outputs: "output state: string")
        #expect(outcome.result?[output: "state"] == .string("confirmed"), "\(String(describing: outcome.failure))")
    }

    @Test("content that appears later is waited for, within the step's deadline")
    func delayedContent() async throws {
        let page =
            "<div id=box></div><script>setTimeout(() => { document.getElementById('box').innerHTML ="
            + " '<a href=\"/next\">Late link</a>' }, 400)</script>"
        let outcome = try await Self.run(
            page, "click text \"Late link\" timeout 5s\nextract heading = text \"h1\"",
            outputs: "output heading: string")
        #expect(outcome.result?[output: "heading"] == .string("Arrived"), "\(String(describing: outcome.failure))")
    }

    @Test("an element covered by another one is not clicked; the timeout names what covers it")
    func covered() async throws {
        let page =
            "<a href=\"/next\" id=target>Target</a>"
            + "<div id=overlay style=\"position:fixed;inset:0;background:white\">Cookie banner</div>"
        let outcome = try await Self.run(page, "click \"#target\" timeout 500ms", outputs: "")
        let failure = try #require(outcome.failure)
        #expect(failure.id == "run.timeout")
        #expect(failure.diagnostic.text.contains("covered by <div id=\"overlay\">"), "\(failure.diagnostic.text)")
    }

    @Test("typing, selecting and checking change the page the way a person's input would")
    func formInput() async throws {
        let page = """
            <input id=name><select id=c><option>France</option><option value=uk>United Kingdom</option></select>
            <input type=checkbox id=ok><p id=echo></p>
            <script>document.getElementById('name').addEventListener('input', (e) =>
              document.getElementById('echo').textContent = e.target.value.toUpperCase())</script>
            """
        let steps = """
            fill "#name" with "ada"
            select "#c" option "United Kingdom"
            check "#ok"
            extract echo = text "#echo"
            extract country = attr "value" of "#c option[selected]"
            extract ok = exists "#ok[checked]"
            """
        let outcome = try await Self.run(
            page, steps, outputs: "output echo: string\noutput country: string\noutput ok: bool")
        let result = try #require(outcome.result, "\(String(describing: outcome.failure))")
        #expect(result[output: "echo"] == .string("ADA"))
        #expect(result[output: "country"] == .string("uk"))
        #expect(result[output: "ok"] == .bool(true))
    }
}
