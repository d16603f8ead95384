import Foundation
import Testing
import WTEngine
import WTRuntime
import WTTestSupport

/// Every sample that can run over plain HTTP runs against its own site on loopback and must return
/// exactly its expected.json.
@Suite("Samples over HTTP")
struct SampleExecTests {
    static let httpSamples = ["quotes", "products", "rates", "login"]

    @Test("the sample returns its expected.json", arguments: httpSamples)
    func sampleMatchesExpected(_ name: String) async throws {
        let server = try SampleSites.server(name)
        try server.start()
        defer { server.stop() }
        var parameters = ["base_url=\(server.baseURL)"]
        if name == "login" { parameters.append("password=\(SampleSites.demoPassword)") }
        let outcome = try await EngineHarness.run(try EngineHarness.sample(name), parameters: parameters, mode: .http)
        let failure = outcome.failure.map { "\($0.diagnostic.text) — \($0.diagnostic.help ?? "")" } ?? ""
        let result = try #require(outcome.result, "\(name) failed: \(failure)")
        let actual = try EngineHarness.json(result.json(pretty: true))
        let expected = try EngineHarness.expected(name, base: server.baseURL)
        #expect(EngineHarness.same(actual, expected), "\(name) returned:\n\(result.json(pretty: true))")
    }

    @Test("a wrong password fails the login's expectation at its line, and the secret is never printed")
    func wrongPassword() async throws {
        let server = try SampleSites.server("login")
        try server.start()
        defer { server.stop() }
        let outcome = try await EngineHarness.run(
            try EngineHarness.sample("login"),
            parameters: ["base_url=\(server.baseURL)", "password=hunter2-wrong"], mode: .http)
        let failure = try #require(outcome.failure)
        #expect(failure.kind == .expectationFailed)
        #expect(failure.diagnostic.span?.start.line == 17)
        let everything = "\(failure.diagnostic.text) \(failure.diagnostic.help ?? "") \(failure.diagnostic.notes)"
        #expect(!everything.contains("hunter2-wrong"))
    }

    @Test("the login form is posted with its hidden CSRF token and the session cookie is kept")
    func formCarriesHiddenToken() async throws {
        let server = try SampleSites.server("login")
        try server.start()
        defer { server.stop() }
        _ = try await EngineHarness.run(
            try EngineHarness.sample("login"),
            parameters: ["base_url=\(server.baseURL)", "password=\(SampleSites.demoPassword)"], mode: .http)
        let post = try #require(server.requests.first { $0.method == "POST" })
        let body = String(decoding: post.body, as: UTF8.self)
        #expect(body.hasPrefix("csrf_token="))
        #expect(body.contains("&username=demo&password=correct+horse+battery+staple&action=sign-in"))
        #expect(!body.contains("remember"))
        let account = try #require(server.requests.last { $0.path == "/account" })
        #expect(account.header("Cookie")?.contains("session=") == true)
    }

    @Test("list → detail with concurrency 4 fetches every detail page and keeps list order")
    func concurrentDetails() async throws {
        let server = try SampleSites.server("products")
        try server.start()
        defer { server.stop() }
        let outcome = try await EngineHarness.run(
            try EngineHarness.sample("products"), parameters: ["base_url=\(server.baseURL)"], mode: .http)
        let result = try #require(outcome.result)
        guard case .list(let products)? = result[output: "products"] else {
            Issue.record("no products")
            return
        }
        #expect(products.count == 6)
        #expect(products.first?[field: "sku"] == .string("WL-100"))
        #expect(server.requests.filter { $0.path.hasPrefix("/products/") && $0.path != "/products/" }.count == 6)
    }
}
