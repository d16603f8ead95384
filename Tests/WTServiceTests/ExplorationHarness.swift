import Foundation
import WTAgent
import WTDiagnostics
import WTEngine
import WTRuntime
import WTService
import WTTestSupport
import WTTrace

/// The wiring every exploration test shares: a request, services talking to the fake model server, and
/// the sample's expected result.
enum ExplorationHarness {
    static func request(_ task: String, start: String, parameters: [Agent.Request.Parameter] = [])
        -> Exploration.Request
    {
        let runs = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-explore-test-\(UUID())")
        // WTC_KEEP_TRACES=DIR keeps each exploration's trace there, to look at what the agent recorded.
        let kept = ProcessInfo.processInfo.environment["WTC_KEEP_TRACES"].map {
            URL(fileURLWithPath: $0).appendingPathComponent(UUID().uuidString)
        }
        var engine = Engine.Options(runDirectory: runs)
        // A clean replay of a scrolling feed waited 10 s for a post that a loaded machine (the full suite's
        // parallel browsers on two cores) had not rendered yet; the waits' meaning is unchanged, only the slack.
        engine.stepTimeout = .seconds(30)
        return Exploration.Request(
            agent: Agent.Request(task: task, startURL: start, parameters: parameters, model: "claude-haiku-4-5"),
            engine: engine, traceDirectory: kept)
    }

    static func services(_ model: FakeModelServer, validate: @escaping @Sendable (JSONValue) -> [String] = { _ in [] })
        -> Agent.Services
    {
        let client = AnthropicClient(configuration: AnthropicConfiguration(baseURL: model.baseURL, apiKey: "test-key"))
        return services(client, validate: validate)
    }

    static func services(_ client: any ModelClient, validate: @escaping @Sendable (JSONValue) -> [String] = { _ in [] })
        -> Agent.Services
    {
        // Priced as production prices them, so the tests print what the runs would cost.
        Agent.Services(
            client: client, ledger: UsageLedger(), cost: { ModelCatalog.builtIn.cost(of: $0).aiUsd }, validate: validate
        )
    }

    /// `samples/NAME/agent/transcript.jsonl`: the sample's exploration as a recorded conversation.
    static func transcript(_ name: String) -> URL {
        Paths.samples.appendingPathComponent(name).appendingPathComponent("agent/transcript.jsonl")
    }

    /// `samples/NAME/expected.json`.
    static func expected(_ name: String) throws -> JSONValue {
        let data = try Data(
            contentsOf: Paths.samples.appendingPathComponent(name).appendingPathComponent("expected.json"))
        return JSONValue(try PositionedJSON.parse([UInt8](data)))
    }
}
