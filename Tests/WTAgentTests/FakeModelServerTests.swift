import Testing
import WTAgent
import WTTestSupport

/// The fake must fail loudly, or every test built on it could pass by accident.
@Suite("FakeModelServer")
struct FakeModelServerTests {
    @Test("a request after the script ends is answered 500 and recorded as a violation")
    func beyondScript() async throws {
        try await withFakeModelServer([.text("one")]) { server in
            let client = Fixtures.client(server, retry: .none)
            _ = try await client.send(Fixtures.request())
            let error = try #require(
                await Fixtures.failure { () async throws(ModelError) in
                    try await client.send(Fixtures.request())
                })
            #expect(error.kind == .server)
            #expect(error.description.contains("after the script's 1 turns ended"))
            #expect(server.violations.count == 1)
        }
    }

    @Test("a failed check is a violation and does not consume the turn")
    func failedCheck() async throws {
        try await withFakeModelServer([.text("one", checks: [.model("other-model")])]) { server in
            let client = Fixtures.client(server, retry: .none)
            _ = await Fixtures.failure { () async throws(ModelError) in try await client.send(Fixtures.request()) }
            #expect(
                server.violations.map(\.description) == [
                    "request 1 fails turn 1's checks: model is other-model: model is claude-test-1"
                ])
            #expect(server.turnsPlayed == 0)
        }
    }

    @Test("a request without the wire basics is a violation")
    func wireBasics() async throws {
        try await withFakeModelServer([.text("one")]) { server in
            let configuration = AnthropicConfiguration(
                baseURL: server.baseURL + "/wrong", apiKey: Fixtures.apiKey, retry: .none)
            _ = await Fixtures.failure { () async throws(ModelError) in
                try await AnthropicClient(configuration: configuration).send(Fixtures.request())
            }
            let violation = try #require(server.violations.first?.description)
            #expect(violation.contains("path is /wrong/v1/messages, not /v1/messages"))
        }
    }
}
