import ArgumentParser
import Foundation
import WTAgent
import WTTrace

/// Which model backend the agent talks to, and how its spend is priced.
struct ModelOptions: ParsableArguments {
    /// The model id each alias stands for (overridable with WTC_MODEL_HAIKU, …).
    static let aliases = ["haiku": "claude-haiku-4-5", "sonnet": "claude-sonnet-4-5", "opus": "claude-opus-4-5"]

    func modelID(_ alias: String) throws(ValidationError) -> String {
        let environment = ProcessInfo.processInfo.environment
        if let id = Self.aliases[alias] { return environment["WTC_MODEL_\(alias.uppercased())"] ?? id }
        guard !alias.isEmpty else { throw ValidationError("--model: give haiku, sonnet, opus or a model id") }
        return alias
    }

    var backendLabel: String { "anthropic" }

    /// The agent's services: the client, an empty ledger, the pricing, the schema check and progress lines.
    func services(schema: JSONValue?) throws -> Agent.Services {
        let client: any ModelClient
        do {
            client = try AnthropicClient(environment: ProcessInfo.processInfo.environment)
        } catch {
            Console.error("wtc: error: \(error.message)\n")
            throw Exit.unavailable
        }
        return Agent.Services(
            client: client, ledger: UsageLedger(), cost: { _ in nil }, validate: { _ in [] },
            progress: { Console.error($0 + "\n") })
    }
}
