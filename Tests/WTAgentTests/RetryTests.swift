import Testing
import WTAgent
import WTTestSupport

@Suite("AnthropicClient retries")
struct RetryTests {
    @Test("a 429 with retry-after is retried after exactly that wait, then succeeds")
    func rateLimitedThenSuccess() async throws {
        let script = [
            FakeModelTurn(.error(status: 429, type: "rate_limit_error", message: "slow down", retryAfter: "7")),
            FakeModelTurn.text("ok"),
        ]
        try await withFakeModelServer(script) { server in
            let clock = ManualRetryClock()
            let response = try await Fixtures.client(server, clock: clock).send(Fixtures.request())
            #expect(response.text == "ok")
            #expect(clock.sleeps == [.seconds(7)])
            #expect(server.requests.count == 2)
            server.expectScriptPlayed()
        }
    }

    @Test("a retry-after longer than the cap waits only the cap")
    func retryAfterIsCapped() async throws {
        let script = [
            FakeModelTurn(.error(status: 429, type: "rate_limit_error", message: "slow down", retryAfter: "3600")),
            FakeModelTurn.text("ok"),
        ]
        try await withFakeModelServer(script) { server in
            let clock = ManualRetryClock()
            let retry = RetryPolicy(maximumRetryAfter: .seconds(20))
            _ = try await Fixtures.client(server, retry: retry, clock: clock).send(Fixtures.request())
            #expect(clock.sleeps == [.seconds(20)])
            server.expectScriptPlayed()
        }
    }

    @Test("529 until the attempts run out is an overloaded error, with doubling waits between attempts")
    func overloadedUntilGivingUp() async throws {
        let overloaded = FakeModelTurn(.error(status: 529, type: "overloaded_error", message: "Overloaded"))
        try await withFakeModelServer(Array(repeating: overloaded, count: 3)) { server in
            let clock = ManualRetryClock()
            let retry = RetryPolicy(maximumAttempts: 3, initialDelay: .seconds(2))
            let client = Fixtures.client(server, retry: retry, clock: clock)
            let error = try #require(
                await Fixtures.failure { () async throws(ModelError) in
                    try await client.send(Fixtures.request())
                })
            #expect(error.kind == .overloaded)
            #expect(error.attempts == 3)
            #expect(error.description.contains("Overloaded"))
            #expect(clock.sleeps == [.seconds(2), .seconds(4)])
            #expect(server.requests.count == 3)
            server.expectScriptPlayed()
        }
    }

    @Test("no retry starts when its wait would pass the overall deadline")
    func deadlineStopsRetrying() async throws {
        let script = [FakeModelTurn(.error(status: 503, type: "api_error", message: "unavailable", retryAfter: "50"))]
        try await withFakeModelServer(script) { server in
            let clock = ManualRetryClock()
            let retry = RetryPolicy(maximumAttempts: 5, deadline: .seconds(30))
            let client = Fixtures.client(server, retry: retry, clock: clock)
            let error = try #require(
                await Fixtures.failure { () async throws(ModelError) in
                    try await client.send(Fixtures.request())
                })
            #expect(error.kind == .server)
            #expect(error.status == 503)
            #expect(clock.sleeps.isEmpty)
            #expect(server.requests.count == 1)
            server.expectScriptPlayed()
        }
    }
}
