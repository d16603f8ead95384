/// The port the agent talks to a language model through: one request, one complete reply.
///
/// `AnthropicClient` is the production adapter; `OpenAICompatibleClient` drives a self-hosted model and
/// `TranscriptReplayClient` plays a recorded conversation. Implementations retry what is worth retrying themselves,
/// so a thrown `ModelError` is final for this call; the agent decides whether the whole task goes on.
public protocol ModelClient: Sendable {
    /// What answers, for ledgers and output ("transcript replay of FILE" must be shown as such).
    var backend: ModelBackend { get }

    /// Sends `request` and returns the model's reply with the tokens it cost.
    func send(_ request: ModelRequest) async throws(ModelError) -> ModelResponse
}

extension ModelClient {
    /// Clients that do not say what they are (test doubles) are named after their type.
    public var backend: ModelBackend { ModelBackend(.other(String(describing: Self.self))) }
}
