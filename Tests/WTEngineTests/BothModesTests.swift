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
