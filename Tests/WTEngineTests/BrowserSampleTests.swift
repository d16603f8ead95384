import Foundation
import Testing
import WTEngine
import WTRuntime
import WTTestSupport

/// The samples that need a browser — JavaScript-rendered lists, infinite scroll fed by a JSON endpoint,
/// a multi-step form with an autocomplete, an iframe, a shadow-DOM widget, a download — run in real
/// Chromium against their own sites and must return exactly their expected.json.
@Suite("Samples in Chromium", .serialized)
struct BrowserSampleTests {
    static let browserSamples = ["feed", "challenge", "quote-form", "search"]

    @Test("the sample returns its expected.json", arguments: browserSamples)
    func sampleMatchesExpected(_ name: String) async throws {
        let server = try SampleSites.server(name)
        try server.start()
        defer { server.stop() }
        let outcome = try await EngineHarness.run(
            try EngineHarness.sample(name), parameters: ["base_url=\(server.baseURL)"], mode: .browser)
        let failure = outcome.failure.map { "\($0.diagnostic.text) — \($0.diagnostic.help ?? "")" } ?? ""
        let result = try #require(outcome.result, "\(name) failed: \(failure)")
        let actual = try EngineHarness.json(result.json(pretty: true))
        let expected = try EngineHarness.expected(name, base: server.baseURL, runDirectory: outcome.runDirectory)
        #expect(EngineHarness.same(actual, expected), "\(name) returned:\n\(result.json(pretty: true))")
    }

    @Test("the search sample, which also works without scripts, needs the browser for its 'wait for'")
    func searchOverHTTPIsRefusedAtTheWait() async throws {
        let server = try SampleSites.server("search")
        try server.start()
        defer { server.stop() }
        let outcome = try await EngineHarness.run(
            try EngineHarness.sample("search"), parameters: ["base_url=\(server.baseURL)"], mode: .http)
        let failure = try #require(outcome.failure)
        #expect(failure.id == "run.unsupported-in-mode")
        #expect(failure.diagnostic.text.contains("'wait for' needs a browser"))
    }
}
