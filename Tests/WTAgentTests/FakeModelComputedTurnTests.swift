import Testing
import WTAgent
import WTTestSupport
import WTTrace

/// Turns whose reply is computed from the request, as the agent's scripts use them.
@Suite("FakeModelServer computed turns")
struct FakeModelComputedTurnTests {
    /// Clicks the button named Next in the last observation, or says it is missing.
    static let clickNext = FakeModelTurn.respond { request in
        guard let ref = request.ref(role: "button", name: "Next") else {
            return .missing("no button named Next in the last observation")
        }
        return .toolUse("click", input: #"{"ref": "\#(ref)"}"#, id: "toolu_next")
    }

    @Test("a computed turn acts on the ref it found in the observation it was sent")
    func actsThroughRef() async throws {
        let answer = FakeModelTurn.respond { request in
            .message(FakeModelMessage(content: [.text("answered \(request.lastToolUseIDs)")]))
        }
        try await withFakeModelServer([Self.clickNext, answer]) { server in
            let client = Fixtures.client(server, retry: .none)
            var request = Fixtures.request("[e3] link \"Home\"\n[e12] button \"Next\"", tools: [Fixtures.clickTool])
            let first = try await client.send(request)
            let use = try #require(first.toolUses.first)
            #expect(use.id == "toolu_next")
            #expect(use.input == .object([.init("ref", .string("e12"))]))
            request.messages.append(first.message)
            request.messages.append(
                ModelMessage(role: .user, content: [.toolResult(toolUseID: use.id, content: "ok", isError: false)]))
            let second = try await client.send(request)
            #expect(second.text == #"answered ["toolu_next"]"#)
            server.expectScriptPlayed()
        }
    }

    @Test("tool uses without an id are numbered by turn, so every id in the conversation is unique")
    func numberedToolUses() async throws {
        let script: [FakeModelTurn] = [
            FakeModelTurn(.toolUse("observe", input: "{}")),
            FakeModelTurn(
                .message(
                    FakeModelMessage(
                        content: [
                            .toolUse(id: "", name: "click", input: "{}"),
                            .toolUse(id: "mine", name: "read", input: "{}"),
                            .toolUse(id: "", name: "scroll", input: "{}"),
                        ], stopReason: "tool_use"))),
        ]
        try await withFakeModelServer(script) { server in
            let client = Fixtures.client(server, retry: .none)
            #expect(try await client.send(Fixtures.request()).toolUses.map(\.id) == ["toolu_1_1"])
            let ids = try await client.send(Fixtures.request()).toolUses.map(\.id)
            #expect(ids == ["toolu_2_1", "mine", "toolu_2_3"])
            server.expectScriptPlayed()
        }
    }

    @Test("a computed turn that finds nothing records a violation with its reason and is not played")
    func missingIsViolation() async throws {
        try await withFakeModelServer([Self.clickNext]) { server in
            let client = Fixtures.client(server, retry: .none)
            let error = try #require(
                await Fixtures.failure { () async throws(ModelError) in
                    try await client.send(Fixtures.request("[e1] button \"Previous\""))
                })
            #expect(error.kind == .server)
            #expect(
                server.violations.map(\.description) == [
                    "request 1, turn 1: the reply could not be built: no button named Next in the last observation"
                ])
            #expect(server.turnsPlayed == 0)
        }
    }

    @Test("a hanging turn is played and never answered, so the client times out")
    func hang() async throws {
        try await withFakeModelServer([FakeModelTurn(.hang)]) { server in
            let configuration = AnthropicConfiguration(
                baseURL: server.baseURL, apiKey: Fixtures.apiKey, requestTimeout: .seconds(1), retry: .none)
            let error = try #require(
                await Fixtures.failure { () async throws(ModelError) in
                    try await AnthropicClient(configuration: configuration).send(Fixtures.request())
                })
            #expect(error.kind == .timeout)
            #expect(server.turnsPlayed == 1)
            #expect(server.violations.isEmpty)
        }
    }
}
