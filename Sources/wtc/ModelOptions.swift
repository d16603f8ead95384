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
    @Option(
        name: .long,
        help: """
            Play a recorded model conversation (JSONL) instead of calling a model; the output and the ledger say \
            it is a replay (also WTC_TRANSCRIPT_REPLAY).
            """)
    var transcript: String?

    @Option(name: .long, help: "Record the model conversation into this JSONL file (also WTC_TRANSCRIPT_RECORD).")
    var recordTranscript: String?

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

    /// The client for the configured backend, wrapped so that no secret of `task` is ever sent; a missing
    /// key is "unavailable" with what to set.
    func client(for task: TaskInput) throws -> any ModelClient {
        do {
            let client = try ModelClients.make(environment: environment, replay: transcript, record: recordTranscript)
            if client.backend.isReplay { Console.error("wtc: playing a recorded conversation: \(client.backend)\n") }
            return SecretScrubbingClient(client, scrubber: SecretScrubber(task))
        } catch {
            Console.error("wtc: error: \(error.message)\n")
            throw Exit.unavailable
        }
    }

    /// The configured backend's client, unwrapped: the service scrubs secrets itself and reports a missing
    /// key per task (replays need no model).
    func makeClient(for task: TaskInput) throws(ModelError) -> any ModelClient {
        try ModelClients.make(environment: environment, replay: transcript, record: recordTranscript)
    }

    /// Services for `task`: the client, a priced ledger, the schema check, one progress line per step.
    func services(for task: TaskInput, catalog: ModelCatalog) throws -> Agent.Services {
        TaskSetup.services(task, client: try client(for: task), catalog: catalog) { Console.error($0 + "\n") }
    }
}
