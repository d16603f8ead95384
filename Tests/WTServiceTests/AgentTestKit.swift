import Foundation
import Synchronization
import WTAgent
import WTEngine
import WTService
import WTTestSupport
import WTTrace

/// What the end-to-end agent tests share beyond `ExplorationHarness`: temporary folders removed on every
/// path, services with a retry policy and a clock that never waits, and a price for the fake's usage.
enum AgentTestKit {
    /// The model every test asks for (priced in the built-in catalog).
    static let model = "claude-haiku-4-5"

    /// A new, empty temporary folder for `body`, removed afterwards.
    static func withFolder<T>(_ prefix: String, _ body: (URL) async throws -> T) async throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try await body(folder)
    }

    /// Services talking to `model` with `retry` on `clock` and a request `timeout`, priced by the built-in
    /// catalog.
    static func services(
        _ model: FakeModelServer, retry: RetryPolicy = RetryPolicy(), clock: any RetryClock = SystemRetryClock(),
        timeout: Duration = .seconds(60)
    ) -> Agent.Services {
        let configuration = AnthropicConfiguration(
            baseURL: model.baseURL, apiKey: "test-key", requestTimeout: timeout, retry: retry)
        let client = AnthropicClient(configuration: configuration, clock: clock)
        return Agent.Services(client: client, ledger: UsageLedger(), cost: { ModelCatalog.builtIn.cost(of: $0).aiUsd })
    }

    /// An agent request for `task` at `start`; run files go under `folder`.
    static func agent(
        _ task: String, start: String, parameters: [Agent.Request.Parameter] = [], budget: AgentBudget = AgentBudget()
    ) -> Agent.Request {
        Agent.Request(task: task, startURL: start, parameters: parameters, model: model, budget: budget)
    }

    /// Engine options whose run files go into `folder`.
    static func engine(_ folder: URL) -> Engine.Options {
        Engine.Options(runDirectory: folder.appendingPathComponent("run"))
    }

    /// Every request path the site was asked for.
    static func paths(_ site: LoopbackServer) -> [String] { site.requests.map(\.path) }
}

/// A retry clock that never waits: `sleep` records the delay and moves time on by it.
final class InstantRetryClock: RetryClock {
    private let state = Mutex<(now: Duration, sleeps: [Duration])>((.zero, []))

    /// Every delay asked for, in order.
    var sleeps: [Duration] { state.withLock { $0.sleeps } }

    func now() -> Duration { state.withLock { $0.now } }

    func sleep(for duration: Duration) async throws {
        try Task.checkCancellation()
        state.withLock {
            $0.sleeps.append(duration)
            $0.now += duration
        }
    }
}
