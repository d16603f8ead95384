import Testing
import WTAgent
import WTTestSupport

/// The failures the agent must survive or report, end to end through `AnthropicClient` and the fake
/// server: how often each is tried, and the sentence the user finally reads.
@Suite("AnthropicClient error cases end to end")
struct ErrorCaseTests {
    static func failure(_ client: AnthropicClient) async -> ModelError? {
        await Fixtures.failure { () async throws(ModelError) in try await client.send(Fixtures.request()) }
    }

    @Test("a 500 is retried after the first backoff and the conversation goes on")
    func serverErrorThenSuccess() async throws {
        let script = [FakeModelTurn(.error(status: 500, type: "api_error", message: "Internal")), .text("ok")]
        try await withFakeModelServer(script) { server in
            let clock = ManualRetryClock()
            let reply = try await Fixtures.client(server, clock: clock).send(Fixtures.request())
            #expect(reply.text == "ok")
            #expect(clock.sleeps == [.seconds(1)])
            #expect(server.requests.count == 2)
            server.expectScriptPlayed()
        }
    }

    @Test("a 500 on every attempt ends with the status, the API's words, the attempts and the request id")
    func serverErrorUntilGivingUp() async throws {
        let failing = FakeModelTurn(.error(status: 500, type: "api_error", message: "Internal server error"))
        try await withFakeModelServer(Array(repeating: failing, count: 4)) { server in
            let clock = ManualRetryClock()
            let error = try #require(await Self.failure(Fixtures.client(server, clock: clock)))
            #expect(error.kind == .server)
            #expect(
                error.description
                    == "model call failed: the API had an internal error (500; try again later) — the API said: "
                    + "api_error: Internal server error (gave up after 4 attempts) [request-id req_fake]")
            #expect(clock.sleeps == [.seconds(1), .seconds(2), .seconds(4)])
            server.expectScriptPlayed()
        }
    }

    @Test("a 429 on every attempt waits what retry-after says each time and says so at the end")
    func rateLimitedUntilGivingUp() async throws {
        let limited = FakeModelTurn(
            .error(status: 429, type: "rate_limit_error", message: "slow down", retryAfter: "7"))
        try await withFakeModelServer(Array(repeating: limited, count: 2)) { server in
            let clock = ManualRetryClock()
            let client = Fixtures.client(server, retry: RetryPolicy(maximumAttempts: 2), clock: clock)
            let error = try #require(await Self.failure(client))
            #expect(error.kind == .rateLimited(retryAfter: .seconds(7)))
            #expect(error.description.contains("rate limited (429, retry after 7 s;"))
            #expect(error.description.contains("(gave up after 2 attempts)"))
            #expect(clock.sleeps == [.seconds(7)])
            server.expectScriptPlayed()
        }
    }

    @Test("malformed JSON is not retried, and the message asks whether the base URL is right")
    func malformedJSONNotRetried() async throws {
        try await withFakeModelServer([FakeModelTurn(.raw(status: 200, body: #"{"id": "#))]) { server in
            let clock = ManualRetryClock()
            let error = try #require(await Self.failure(Fixtures.client(server, clock: clock)))
            #expect(error.kind == .malformedResponse(path: ""))
            #expect(error.description.contains("is ANTHROPIC_BASE_URL pointing at the Messages API?"))
            #expect(server.requests.count == 1)
            #expect(clock.sleeps.isEmpty)
            server.expectScriptPlayed()
        }
    }

    @Test("a hung connection ends at the request timeout, is not sent again, and the message says what to change")
    func hungConnection() async throws {
        try await withFakeModelServer([FakeModelTurn(.hang)]) { server in
            let clock = ManualRetryClock()
            let configuration = AnthropicConfiguration(
                baseURL: server.baseURL, apiKey: Fixtures.apiKey, requestTimeout: .seconds(1))
            let error = try #require(await Self.failure(AnthropicClient(configuration: configuration, clock: clock)))
            #expect(error.kind == .timeout)
            #expect(error.attempts == 1)
            #expect(error.description.contains("the API did not answer in time (raise the request timeout"))
            #expect(server.requests.count == 1)
            #expect(clock.sleeps.isEmpty)
            server.expectScriptPlayed()
        }
    }
}
