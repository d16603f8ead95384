import Foundation
import Testing
import WTAgent
import WTTestSupport
import WTTrace

@Suite("Prompt caching on the wire")
struct PromptCacheWireTests {
    static let observeTool = ModelTool(
        name: "observe", description: "Show the page.", inputSchema: .object([.init("type", .string("object"))]))

    static func request(cache: ModelPromptCache) -> ModelRequest {
        ModelRequest(
            model: Fixtures.model, maxTokens: 64, system: "You browse the web.",
            messages: [
                .user("Open the page"),
                ModelMessage(role: .assistant, content: [.toolUse(id: "toolu_1", name: "observe", input: .object([]))]),
                ModelMessage(
                    role: .user,
                    content: [
                        .toolResult(toolUseID: "toolu_1", content: "[e1] link \"Home\"", isError: false),
                        .text("Go on."),
                    ]),
            ],
            tools: [Fixtures.clickTool, Self.observeTool], cache: cache)
    }

    /// Sends the request with `cache` and compares the body received with `expected` (any JSON layout).
    static func expectBody(cache: ModelPromptCache, _ expected: String) async throws {
        try await withFakeModelServer([.text("ok")]) { server in
            _ = try await Fixtures.client(server).send(request(cache: cache))
            server.expectScriptPlayed()
            let sent = try #require(server.requests.first?.canonicalBody)
            #expect(sent == FakeModelRequest.canonicalJSON(Data(expected.utf8)))
        }
    }

    static func body(system: String, lastBlock: String, tools: String) -> String {
        """
        {"model": "claude-test-1", "max_tokens": 64, "system": \(system),
         "messages": [
           {"role": "user", "content": [{"type": "text", "text": "Open the page"}]},
           {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_1", "name": "observe", "input": {}}]},
           {"role": "user", "content": [
             {"type": "tool_result", "tool_use_id": "toolu_1", "content": "[e1] link \\"Home\\"", "is_error": false},
             \(lastBlock)]}],
         "tools": [
           {"name": "click", "description": "Click the element matched by a CSS selector.",
            "input_schema": {"type": "object", "properties": {"selector": {"type": "string"}},
                             "required": ["selector"]}},
           \(tools)]}
        """
    }

    static let mark = #""cache_control": {"type": "ephemeral"}"#
    static let plainSystem = #""You browse the web.""#
    static let plainLastBlock = #"{"type": "text", "text": "Go on."}"#
    static let plainLastTool =
        #"{"name": "observe", "description": "Show the page.", "input_schema": {"type": "object"}}"#

    @Test("the stable prefix marks the last tool and the system prompt, sent as a block list, and nothing else")
    func stablePrefix() async throws {
        try await Self.expectBody(
            cache: .stablePrefix,
            Self.body(
                system: #"[{"type": "text", "text": "You browse the web.", \#(Self.mark)}]"#,
                lastBlock: Self.plainLastBlock,
                tools: #"{"name": "observe", "description": "Show the page.", "input_schema": {"type": "object"}, "#
                    + Self.mark + "}"))
    }

    @Test("marking the conversation marks the last block of the last message only")
    func conversation() async throws {
        try await Self.expectBody(
            cache: .conversation,
            Self.body(
                system: Self.plainSystem, lastBlock: #"{"type": "text", "text": "Go on.", \#(Self.mark)}"#,
                tools: Self.plainLastTool))
    }

    @Test("no cache marks are sent unless asked for")
    func noneByDefault() async throws {
        try await Self.expectBody(
            cache: [], Self.body(system: Self.plainSystem, lastBlock: Self.plainLastBlock, tools: Self.plainLastTool))
    }
}
