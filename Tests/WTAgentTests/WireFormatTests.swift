import Foundation
import Testing
import WTAgent
import WTTestSupport
import WTTrace

@Suite("What AnthropicClient puts on the wire")
struct WireFormatTests {
    @Test("the headers and the whole JSON body are exactly what the Messages API documents")
    func exactRequest() async throws {
        let request = ModelRequest(
            model: Fixtures.model, maxTokens: 1024, system: "You browse the web.",
            messages: [
                .user("Open the page"),
                ModelMessage(
                    role: .assistant,
                    content: [
                        .text("Opening."),
                        .toolUse(id: "toolu_9", name: "click", input: .object([.init("selector", .string("#go"))])),
                    ]),
                ModelMessage(
                    role: .user, content: [.toolResult(toolUseID: "toolu_9", content: "no such element", isError: true)]
                ),
            ],
            tools: [Fixtures.clickTool], toolChoice: .tool("click"), temperature: 0.5)
        try await withFakeModelServer([.text("ok")]) { server in
            _ = try await Fixtures.client(server).send(request)
            server.expectScriptPlayed()
            let sent = try #require(server.requests.first)
            #expect(sent.method == "POST")
            #expect(sent.path == "/v1/messages")
            let sentKey = sent.header("x-api-key") == Fixtures.apiKey
            #expect(sentKey, "x-api-key is not the configured key")
            #expect(sent.header("anthropic-version") == "2023-06-01")
            #expect(sent.header("content-type") == "application/json")
            let expected = try #require(FakeModelRequest.canonicalJSON(Data(Self.expectedBody.utf8)))
            #expect(try #require(sent.canonicalBody) == expected)
        }
    }

    @Test("optional fields left nil are not sent")
    func optionalFieldsOmitted() async throws {
        try await withFakeModelServer([.text("ok")]) { server in
            _ = try await Fixtures.client(server).send(Fixtures.request())
            let body = try #require(server.requests.first?.json?.objectMembers)
            #expect(body.map(\.key) == ["model", "max_tokens", "messages"])
            server.expectScriptPlayed()
        }
    }

    static let expectedBody = """
        {
          "model": "claude-test-1",
          "max_tokens": 1024,
          "system": "You browse the web.",
          "messages": [
            {"role": "user", "content": [{"type": "text", "text": "Open the page"}]},
            {"role": "assistant", "content": [
              {"type": "text", "text": "Opening."},
              {"type": "tool_use", "id": "toolu_9", "name": "click", "input": {"selector": "#go"}}
            ]},
            {"role": "user", "content": [
              {"type": "tool_result", "tool_use_id": "toolu_9", "content": "no such element", "is_error": true}
            ]}
          ],
          "tools": [{
            "name": "click",
            "description": "Click the element matched by a CSS selector.",
            "input_schema": {
              "type": "object",
              "properties": {"selector": {"type": "string"}},
              "required": ["selector"]
            }
          }],
          "tool_choice": {"type": "tool", "name": "click"},
          "temperature": 0.5
        }
        """
}
