import ArgumentParser
import Foundation
import WTAgent
import WTService
import WTTrace

/// Which model backend the agent talks to, and how its spend is priced: the Anthropic Messages API
/// (`ANTHROPIC_API_KEY`, `ANTHROPIC_BASE_URL`) by default, an OpenAI-compatible server when
/// `WTC_OPENAI_BASE_URL` is set, prices and aliases from the model catalog (`WTC_MODEL_CATALOG`,
/// `WTC_MODEL_<ALIAS>`).
struct ModelOptions: ParsableArguments {
    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The catalog; a broken catalog file is a usage error that names it.
    func catalog() throws -> ModelCatalog {
        do {
            return try ModelCatalog(environment: environment)
        } catch {
            Console.error("wtc: error: \(error)\n")
            throw Exit.usage
        }
    }

    /// The client for the configured backend; a missing key is "unavailable" with what to set.
    func client() throws -> any ModelClient {
        do {
            if let base = environment["WTC_OPENAI_BASE_URL"], !base.isEmpty {
                return try OpenAICompatibleClient(environment: environment)
            }
            return try AnthropicClient(environment: environment)
        } catch {
            Console.error("wtc: error: \(error.message)\n")
            throw Exit.unavailable
        }
    }

    /// Services for `task`: the client, a priced ledger, the schema check, one progress line per step.
    func services(for task: TaskInput, client: any ModelClient, catalog: ModelCatalog) -> Agent.Services {
        TaskSetup.services(task, client: client, catalog: catalog) { Console.error($0 + "\n") }
    }
}
