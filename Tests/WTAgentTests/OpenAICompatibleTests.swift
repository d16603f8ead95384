import Foundation
import Testing
import WTAgent
import WTTestSupport
import WTTrace

@Suite("OpenAICompatibleClient")
struct OpenAICompatibleTests {
    static func client(
        _ server: FakeModelServer, apiKey: String? = nil, model: String? = "local-model",
        retry: RetryPolicy = RetryPolicy(), clock: ManualRetryClock = ManualRetryClock(), path: String = ""
    ) -> OpenAICompatibleClient {
        OpenAICompatibleClient(
            configuration: OpenAICompatibleConfiguration(
                baseURL: server.baseURL + path, apiKey: apiKey, model: model, retry: retry),
            clock: clock)
    }

    @Test("a conversation with a tool call: functions out, tool calls back as tool uses, results as tool messages")
    func toolConversation() async throws {
        let call = FakeModelMessage(
            id: "chatcmpl-1", content: [.toolUse(id: "call_1", name: "click", input: ##"{"selector": "#go"}"##)],
            stopReason: "tool_use",
            usage: [("input_tokens", 30), ("output_tokens", 7), ("cache_read_input_tokens", 20)])
        let script = [FakeModelTurn(.message(call)), FakeModelTurn.text("Clicked it.")]
        try await withFakeModelServer(script, dialect: .openAI(apiKey: "local-key")) { server in
            let client = Self.client(server, apiKey: "local-key")
            #expect(client.backend.description == "openai-compatible")
            var request = ModelRequest(
                model: "claude-haiku-5-5", maxTokens: 100, system: "You browse.", messages: [.user("Go")],
                tools: [Fixtures.clickTool], toolChoice: .any)
            let first = try await client.send(request)
            #expect(first.id == "chatcmpl-1")
            #expect(first.stopReason == .toolUse)
            #expect(first.usage == ModelUsage(inputTokens: 30, outputTokens: 7, cacheReadInputTokens: 20))
            let use = try #require(first.toolUses.first)
            #expect(use.id == "call_1" && use.name == "click")
            #expect(use.input == .object([.init("selector", .string("#go"))]))
            request.messages.append(first.message)
            request.messages.append(
                ModelMessage(
                    role: .user,
                    content: [.toolResult(toolUseID: "call_1", content: "no such element", isError: true), .text("Hm")]
                ))
            let second = try await client.send(request)
            #expect(second.text == "Clicked it.")
            #expect(second.stopReason == .endTurn)
            server.expectScriptPlayed()
            let sent = try #require(server.requests.last?.canonicalBody)
            #expect(sent == FakeModelRequest.canonicalJSON(Data(Self.secondBody.utf8)))
        }
    }

    static let secondBody = """
        {"model": "local-model", "max_tokens": 100,
         "messages": [
           {"role": "system", "content": "You browse."},
           {"role": "user", "content": "Go"},
           {"role": "assistant", "content": null, "tool_calls": [
             {"id": "call_1", "type": "function", "function": {"name": "click", "arguments": "{\\"selector\\":\\"#go\\"}"}}]},
           {"role": "tool", "tool_call_id": "call_1", "content": "Error: no such element"},
           {"role": "user", "content": "Hm"}],
         "tools": [{"type": "function", "function": {
           "name": "click", "description": "Click the element matched by a CSS selector.",
           "parameters": {"type": "object", "properties": {"selector": {"type": "string"}}, "required": ["selector"]}}}],
         "tool_choice": "required"}
        """

    @Test("without a key no authorization header is sent, and a base ending in /v1 gets no second one")
    func localServer() async throws {
        try await withFakeModelServer([.text("hi")], dialect: .openAI(apiKey: nil)) { server in
            let reply = try await Self.client(server, model: nil, path: "/v1/").send(Fixtures.request())
            #expect(reply.text == "hi")
            #expect(server.requests.first?.json?["model"]?.stringValue == Fixtures.model)
            server.expectScriptPlayed()
        }
    }

    @Test("429 with retry-after is retried after that wait; 401 names the OpenAI settings and is not retried")
    func errors() async throws {
        let script = [
            FakeModelTurn(.error(status: 429, type: "rate_limit_exceeded", message: "slow down", retryAfter: "2")),
            FakeModelTurn.text("ok"),
            FakeModelTurn(.error(status: 401, type: "invalid_api_key", message: "bad key")),
        ]
        try await withFakeModelServer(script, dialect: .openAI(apiKey: nil)) { server in
            let clock = ManualRetryClock()
            let client = Self.client(server, clock: clock)
            #expect(try await client.send(Fixtures.request()).text == "ok")
            #expect(clock.sleeps == [.seconds(2)])
            let error = try #require(
                await Fixtures.failure { () async throws(ModelError) in try await client.send(Fixtures.request()) })
            #expect(error.kind == .authentication)
            #expect(error.attempts == 1)
            #expect(error.description.contains("WTC_OPENAI_API_KEY"))
            #expect(error.description.contains("invalid_api_key: bad key"))
            server.expectScriptPlayed()
        }
    }

    @Test(
        "a reply that is not a chat completion names the JSON path that is wrong",
        arguments: [
            (#"{"id": "x", "model": "m", "choices": []}"#, "choices"),
            (
                #"{"id": "x", "model": "m", "choices": [{"message": {"role": "assistant", "tool_calls": "#
                    + #"[{"id": "c", "type": "function", "function": {"name": "click", "arguments": "{oops"}}]}}]}"#,
                "choices[0].message.tool_calls[0].function.arguments"
            ),
            (#"<html>"#, ""),
        ])
    func malformed(body: String, path: String) async throws {
        try await withFakeModelServer([FakeModelTurn(.raw(status: 200, body: body))], dialect: .openAI(apiKey: nil)) {
            server in
            let error = try #require(
                await Fixtures.failure { () async throws(ModelError) in
                    try await Self.client(server).send(Fixtures.request())
                })
            #expect(error.kind == .malformedResponse(path: path))
            #expect(error.description.contains("WTC_OPENAI_BASE_URL"))
        }
    }

    @Test("an error given as a plain string, as Ollama sends it, is kept as the API's message")
    func plainStringError() async throws {
        let script = [FakeModelTurn(.raw(status: 404, body: #"{"error": "model 'qwen9' not found"}"#))]
        try await withFakeModelServer(script, dialect: .openAI(apiKey: nil)) { server in
            let error = try #require(
                await Fixtures.failure { () async throws(ModelError) in
                    try await Self.client(server).send(Fixtures.request())
                })
            #expect(error.kind == .notFound)
            #expect(error.detail == "model 'qwen9' not found")
            server.expectScriptPlayed()
        }
    }

    @Test("the environment must name a base URL; the key and the model are optional")
    func environment() throws {
        #expect(throws: ModelError.self) { try OpenAICompatibleConfiguration(environment: [:]) }
        let configuration = try OpenAICompatibleConfiguration(environment: [
            "WTC_OPENAI_BASE_URL": "http://127.0.0.1:8080", "WTC_OPENAI_API_KEY": "sk-local-secret",
        ])
        #expect(configuration.apiKey == "sk-local-secret")
        #expect(configuration.model == nil)
        #expect(!configuration.description.contains("sk-local-secret"))
        let error = try #require(throws: ModelError.self) { try OpenAICompatibleConfiguration(environment: [:]) }
        #expect(error.description.contains("WTC_OPENAI_BASE_URL is not set"))
    }
}
