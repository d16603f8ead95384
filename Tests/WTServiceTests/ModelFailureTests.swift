import CDP
import Foundation
import Testing
import WTAgent
import WTDiagnostics
import WTEngine
import WTService
import WTTestSupport
import WTTrace

/// The model misbehaving through the whole loop: rate limits and outages are retried (on a clock that
/// never waits) or end the run with a clear error; a tool that does not exist or an input that does not
/// fit is the tool's error, which the model reads and corrects.
@Suite(
    "Model failures", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct ModelFailureTests {
    @Test("a 529 and then a 429 with retry-after are waited out as asked and the run goes on to save its program")
    func rateLimited() async throws {
        let overloaded = FakeModelTurn(.error(status: 529, type: "overloaded_error", message: "Overloaded"))
        let limited = FakeModelTurn(
            .error(status: 429, type: "rate_limit_error", message: "slow down", retryAfter: "3"))
        let clock = InstantRetryClock()
        let run = try await Self.run([overloaded, limited] + AgentScripts.quotesOnePage, clock: clock)
        #expect(run.report.succeeded, "\(run.report.error?.message ?? "")")
        #expect(run.report.reuse.created && run.report.reuse.updated)
        // The default policy's first wait, then the server's retry-after.
        #expect(clock.sleeps == [.seconds(1), .seconds(3)])
        #expect(run.requests == AgentScripts.quotesOnePage.count + 2)
        #expect(run.report.ledger.modelCalls == AgentScripts.quotesOnePage.count)
    }

    @Test("a reply that is not JSON ends the run at once as ai-unavailable, naming the body, and saves nothing")
    func malformedReply() async throws {
        let broken = FakeModelTurn(.raw(status: 200, body: #"{"id": "msg_1", "type": "message", "content": ["#))
        let clock = InstantRetryClock()
        let run = try await Self.run([broken], clock: clock)
        #expect(run.report.error?.reason == "ai-unavailable")
        #expect(run.report.error?.message.contains("the body is wrong") == true, "\(run.report.error?.message ?? "")")
        #expect(run.requests == 1 && clock.sleeps.isEmpty)
        #expect(!run.report.reuse.updated && !run.saved)
    }

    @Test("a model connection that hangs ends at the request timeout as ai-unavailable and saves nothing")
    func hungConnection() async throws {
        let run = try await Self.run([FakeModelTurn(.hang)], clock: InstantRetryClock(), timeout: .seconds(2))
        #expect(run.report.error?.reason == "ai-unavailable")
        #expect(
            run.report.error?.message.contains("did not answer in time") == true, "\(run.report.error?.message ?? "")")
        #expect(run.requests == 1)
        #expect(!run.report.reuse.updated && !run.saved)
    }

    @Test("a 500 that persists through every retry ends the run as ai-unavailable and saves nothing")
    func serverErrorPersists() async throws {
        let failing = FakeModelTurn(.error(status: 500, type: "api_error", message: "Internal server error"))
        let clock = InstantRetryClock()
        let retry = RetryPolicy(maximumAttempts: 3, initialDelay: .seconds(1))
        let run = try await Self.run(Array(repeating: failing, count: 3), retry: retry, clock: clock)
        #expect(!run.report.succeeded)
        #expect(run.report.error?.code == "internal-error")
        #expect(run.report.error?.reason == "ai-unavailable")
        #expect(run.report.error?.message.contains("500") == true, "\(run.report.error?.message ?? "")")
        #expect(clock.sleeps == [.seconds(1), .seconds(2)])
        #expect(!run.report.reuse.updated && !run.saved)
    }

    @Test("an unknown tool and an invalid tool input come back as tool errors the model corrects, and it finishes")
    func toolSlips() async throws {
        let run = try await Self.run(AgentScripts.quotesWithSlips, clock: InstantRetryClock())
        #expect(run.report.succeeded, "\(run.report.error?.message ?? "")")
        #expect(run.report.ledger.stepsByAgent == 4)
        #expect(run.saved)
        for index in [1, 2] {
            let result = try #require(run.toolResults[index].first)
            #expect(result["is_error"]?.boolValue == true, "request \(index + 1): \(run.toolResults[index])")
        }
    }

    /// What a run showed: its report, how many model requests were sent, the tool results of each, and
    /// whether a program was saved.
    struct Run {
        var report: RunReport
        var requests: Int
        var toolResults: [[JSONNode]]
        var saved: Bool
    }

    /// A local run of the one-page quotes task, the model playing `script` with `retry` on `clock`.
    static func run(
        _ script: [FakeModelTurn], retry: RetryPolicy = RetryPolicy(), clock: InstantRetryClock,
        timeout: Duration = .seconds(60)
    ) async throws -> Run {
        let site = try SampleSites.server("quotes")
        try site.start()
        defer { site.stop() }
        return try await AgentTestKit.withFolder("wtc-model-failure") { folder in
            let store = try WorkspacePrograms.embedded(in: folder.appendingPathComponent("store"))
            let agent = AgentTestKit.agent("Collect the quotes on this page", start: site.url("/tag/love/"))
            let (report, requests) = try await withFakeModelServer(script) { model in
                let services = AgentTestKit.services(model, retry: retry, clock: clock, timeout: timeout)
                let report = await LocalRun(store: store, engine: AgentTestKit.engine(folder), services: services)
                    .run(LocalRun.Input(agent: agent, reuseKey: "quotes"))
                model.expectScriptPlayed()
                return (report, model.requests)
            }
            let saved = try await store.current(key: "quotes") != nil
            return Run(
                report: report, requests: requests.count, toolResults: requests.map(\.lastToolResults), saved: saved)
        }
    }
}
