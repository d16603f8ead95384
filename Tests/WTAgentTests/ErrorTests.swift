import Testing
import WTAgent
import WTTestSupport

@Suite("AnthropicClient errors")
struct ErrorTests {
    @Test("401 is an authentication error after exactly one request, and the key is nowhere in it")
    func authentication() async throws {
        // The fake echoes the key in its message, as a careless proxy might; it must be scrubbed.
        let message = "invalid x-api-key: \(Fixtures.apiKey)"
        let script = [FakeModelTurn(.error(status: 401, type: "authentication_error", message: message))]
        try await withFakeModelServer(script) { server in
            let clock = ManualRetryClock()
            let client = Fixtures.client(server, clock: clock)
            let error = try #require(
                await Fixtures.failure { () async throws(ModelError) in
                    try await client.send(Fixtures.request())
                })
            #expect(error.kind == .authentication)
            #expect(server.requests.count == 1)
            #expect(clock.sleeps.isEmpty)
            // Booleans, so a failure message does not print the key either.
            let leakedInError = error.description.contains(Fixtures.apiKey)
            let leakedInConfiguration = String(describing: client.configuration).contains(Fixtures.apiKey)
            #expect(!leakedInError, "the key leaked into the error message")
            #expect(!leakedInConfiguration, "the key leaked into the configuration's description")
            #expect(error.description.contains("ANTHROPIC_API_KEY"))
            server.expectScriptPlayed()
        }
    }

    @Test("400 surfaces the API's own message and is not retried")
    func invalidRequest() async throws {
        let message = "max_tokens: must be at most 8192"
        let script = [FakeModelTurn(.error(status: 400, type: "invalid_request_error", message: message))]
        try await withFakeModelServer(script) { server in
            let client = Fixtures.client(server)
            let error = try #require(
                await Fixtures.failure { () async throws(ModelError) in
                    try await client.send(Fixtures.request())
                })
            #expect(error.kind == .invalidRequest)
            #expect(error.status == 400)
            #expect(error.detail == "invalid_request_error: \(message)")
            #expect(error.description.contains(message))
            #expect(error.requestID == "req_fake")
            #expect(server.requests.count == 1)
            server.expectScriptPlayed()
        }
    }

    @Test(
        "403 and 404 are their own kinds and are not retried",
        arguments: [(403, "permission_error"), (404, "not_found_error")])
    func permissionAndNotFound(status: Int, type: String) async throws {
        let script = [FakeModelTurn(.error(status: status, type: type, message: "no"))]
        try await withFakeModelServer(script) { server in
            let client = Fixtures.client(server)
            let error = try #require(
                await Fixtures.failure { () async throws(ModelError) in
                    try await client.send(Fixtures.request())
                })
            #expect(error.kind == (status == 403 ? .permission : .notFound))
            #expect(server.requests.count == 1)
            server.expectScriptPlayed()
        }
    }

    @Test("a reply whose tool input is not an object names the JSON path that is wrong")
    func malformedResponse() async throws {
        let body = """
            {"id": "msg_1", "type": "message", "role": "assistant", "model": "claude-test-1",
             "content": [{"type": "text", "text": "ok"}, {"type": "tool_use", "id": "t", "name": "click", "input": "oops"}],
             "stop_reason": "tool_use", "usage": {"input_tokens": 1, "output_tokens": 1}}
            """
        try await withFakeModelServer([FakeModelTurn(.raw(status: 200, body: body))]) { server in
            let client = Fixtures.client(server)
            let error = try #require(
                await Fixtures.failure { () async throws(ModelError) in
                    try await client.send(Fixtures.request())
                })
            #expect(error.kind == .malformedResponse(path: "content[1].input"))
            #expect(error.description.contains("content[1].input: expected an object, found string"))
            #expect(server.requests.count == 1)
            server.expectScriptPlayed()
        }
    }

    @Test(
        "a missing required member and a body that is not JSON are both malformed",
        arguments: [
            (#"{"model": "m", "content": [], "usage": {}}"#, "id"),
            (#"{"id": "x", "model": "m", "content": [], "usage": {"input_tokens": -1}}"#, "usage.input_tokens"),
            ("<html>gateway</html>", ""),
        ])
    func otherMalformedBodies(body: String, path: String) async throws {
        try await withFakeModelServer([FakeModelTurn(.raw(status: 200, body: body))]) { server in
            let client = Fixtures.client(server)
            let error = try #require(
                await Fixtures.failure { () async throws(ModelError) in
                    try await client.send(Fixtures.request())
                })
            #expect(error.kind == .malformedResponse(path: path))
        }
    }

    @Test("a closed port is a transport error, retried until the attempts run out")
    func closedPort() async throws {
        let port = try LoopbackPorts.closedPort()
        let clock = ManualRetryClock()
        let configuration = AnthropicConfiguration(
            baseURL: "http://127.0.0.1:\(port)", apiKey: Fixtures.apiKey, retry: RetryPolicy(maximumAttempts: 2))
        let client = AnthropicClient(configuration: configuration, clock: clock)
        let error = try #require(
            await Fixtures.failure { () async throws(ModelError) in
                try await client.send(Fixtures.request())
            })
        #expect(error.kind == .transport)
        #expect(error.attempts == 2)
        #expect(clock.sleeps == [.seconds(1)])
        #expect(error.description.contains("connection refused"))
        let leaked = error.description.contains(Fixtures.apiKey)
        #expect(!leaked, "the key leaked into the error message")
    }

    @Test("the environment must name a key; the base URL is optional")
    func environment() throws {
        #expect(throws: ModelError.self) { try AnthropicConfiguration(environment: [:]) }
        let plain = try AnthropicConfiguration(environment: ["ANTHROPIC_API_KEY": "k"])
        #expect(plain.baseURL == "https://api.anthropic.com")
        let local = try AnthropicConfiguration(
            environment: ["ANTHROPIC_API_KEY": "k", "ANTHROPIC_BASE_URL": "http://127.0.0.1:9"])
        #expect(local.baseURL == "http://127.0.0.1:9")
        do {
            _ = try AnthropicConfiguration(environment: ["ANTHROPIC_API_KEY": "  "])
            Issue.record("a blank key was accepted")
        } catch {
            #expect(error.kind == .missingAPIKey)
        }
    }
}
