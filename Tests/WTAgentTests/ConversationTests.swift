import Testing
import WTAgent
import WTTestSupport
import WTTrace

@Suite("AnthropicClient conversations against the fake server")
struct ConversationTests {
    @Test("a plain text reply comes back with its id, model, stop reason and usage")
    func plainText() async throws {
        let usage = [
            ("input_tokens", 12), ("output_tokens", 7), ("cache_creation_input_tokens", 3),
            ("cache_read_input_tokens", 2),
        ]
        let reply = FakeModelMessage(id: "msg_1", content: [.text("Hi there")], usage: usage)
        try await withFakeModelServer([FakeModelTurn(.message(reply), checks: [.model(Fixtures.model)])]) { server in
            let response = try await Fixtures.client(server).send(Fixtures.request())
            #expect(response.id == "msg_1")
            #expect(response.model == Fixtures.model)
            #expect(response.content == [.text("Hi there")])
            #expect(response.stopReason == .endTurn)
            #expect(
                response.usage
                    == ModelUsage(
                        inputTokens: 12, outputTokens: 7, cacheCreationInputTokens: 3, cacheReadInputTokens: 2))
            server.expectScriptPlayed()
        }
    }

    @Test("a tool use is answered with a tool result and the model finishes with text")
    func toolConversation() async throws {
        let toolUse = FakeModelMessage(
            id: "msg_1",
            content: [
                .text("Clicking next."), .toolUse(id: "toolu_1", name: "click", input: #"{"selector": "li.next > a"}"#),
            ],
            stopReason: "tool_use")
        let script = [
            FakeModelTurn(.message(toolUse), checks: [.offersTools(["click"]), .messageCount(1)]),
            FakeModelTurn.text("Done: 10 quotes.", checks: [.answersToolUse("toolu_1"), .messageCount(3)]),
        ]
        try await withFakeModelServer(script) { server in
            let client = Fixtures.client(server)
            var request = Fixtures.request("Collect the quotes", tools: [Fixtures.clickTool])
            let first = try await client.send(request)
            #expect(first.stopReason == .toolUse)
            let use = try #require(first.toolUses.first)
            #expect(use.name == "click")
            #expect(use.input == .object([.init("selector", .string("li.next > a"))]))
            request.messages.append(first.message)
            request.messages.append(
                ModelMessage(role: .user, content: [.toolResult(toolUseID: use.id, content: "clicked", isError: false)])
            )
            let second = try await client.send(request)
            #expect(second.text == "Done: 10 quotes.")
            #expect(second.stopReason == .endTurn)
            server.expectScriptPlayed()
        }
    }

    @Test("an unknown stop reason is kept as sent, and missing usage kinds count as 0")
    func unknownStopReason() async throws {
        let reply = FakeModelMessage(content: [.text("…")], stopReason: "pause_turn", usage: [("output_tokens", 4)])
        try await withFakeModelServer([FakeModelTurn(.message(reply))]) { server in
            let response = try await Fixtures.client(server).send(Fixtures.request())
            #expect(response.stopReason?.rawValue == "pause_turn")
            #expect(response.stopReason != .endTurn)
            #expect(response.usage == ModelUsage(outputTokens: 4))
            server.expectScriptPlayed()
        }
    }
}
