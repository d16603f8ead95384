import CDP
import Foundation
import Testing
import WTAgent
import WTEngine
import WTRuntime
import WTService
import WTTestSupport
import WTTrace

/// A secret that leaves the page in a URL: a GET search form puts it, form-encoded, into the address of
/// the results page. The address shows in every observation and in the trace's steps and snapshots; the
/// secret must still be in none of them, in no encoding.
@Suite(
    "Secrets in URLs", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct SecretURLTests {
    /// Spaces, quotes and a slash, so the URL carries it percent- and form-encoded.
    static let secret = #"blue kettle "model 7"/x"#

    static let home = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Kettles</title></head><body>
        <h1>Kettles</h1><form action="/search"><input type="search" name="q" aria-label="Search">
        <button type="submit">Search</button></form></body></html>
        """

    static let results = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Results</title></head><body>
        <h1>Results</h1><ul><li class="result">Kettle one</li><li class="result">Kettle two</li></ul></body></html>
        """

    static let script: [FakeModelTurn] = [
        AgentScripts.fill(role: "searchbox", name: "Search", text: "{query}", turn: 1),
        AgentScripts.click(role: "button", name: "Search", turn: 2),
        AgentScripts.call(
            "extract", #"{"into": "results", "container": "li.result", "fields": {"name": {"selector": ":scope"}}}"#,
            turn: 3, expecting: "Results"),
        AgentScripts.call("finish", "{}", turn: 4, expecting: "kept"),
    ]

    @Test("a secret a GET form puts into the URL is in no request to the model, trace file or program")
    func secretInURL() async throws {
        let site = try LoopbackServer(routes: [
            LoopbackRoute("GET", "/") { _ in .html(Self.home) },
            LoopbackRoute("GET", "/search") { _ in .html(Self.results) },
        ])
        try site.start()
        defer { site.stop() }
        try await AgentTestKit.withFolder("wtc-secret-url") { folder in
            var audit = SecretAudit(name: "query", value: Self.secret)
            let traces = folder.appendingPathComponent("trace")
            let agent = AgentTestKit.agent(
                "Search for {query} and list the results", start: site.url("/"),
                parameters: [.init(name: "query", value: .secret(Self.secret))])
            let request = Exploration.Request(agent: agent, engine: AgentTestKit.engine(folder), traceDirectory: traces)
            let outcome = try await withFakeModelServer(Self.script) { model in
                let outcome = await Exploration.explore(request, services: AgentTestKit.services(model))
                model.expectScriptPlayed()
                audit.search(model, label: "model")
                return outcome
            }
            #expect(outcome.result != nil, "\(outcome.end)")
            #expect(outcome.whyNoProgram == nil, "\(outcome.whyNoProgram ?? "")")
            // The form really sent it: the site saw the secret in the query (which the audit recognises).
            let search = try #require(site.requests.first { $0.path == "/search" })
            var control = SecretAudit(name: "query", value: Self.secret)
            control.search(search.target, at: "the search request")
            #expect(control.findings.count == 1, "\(search.target)")
            audit.search(outcome.program ?? "", at: "program")
            audit.search(folder: folder)
            #expect(audit.findings.isEmpty, "the secret leaked into:\n\(audit.findings.joined(separator: "\n"))")
        }
    }
}
