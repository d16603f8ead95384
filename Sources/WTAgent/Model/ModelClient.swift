/// The port the agent talks to a language model through: one request, one complete reply.
///
/// `AnthropicClient` is the production adapter. Implementations retry what is worth retrying themselves,
/// so a thrown `ModelError` is final for this call; the agent decides whether the whole task goes on.
public protocol ModelClient: Sendable {
    /// Sends `request` and returns the model's reply with the tokens it cost.
    func send(_ request: ModelRequest) async throws(ModelError) -> ModelResponse
}
