/// What answers a `ModelClient`'s requests, so a ledger and the command's output can say whether the
/// tokens were paid for or played back from a recording.
public struct ModelBackend: Sendable, Hashable, CustomStringConvertible {
    /// The kinds of backend.
    public enum Kind: Sendable, Hashable {
        /// The Anthropic Messages API (or a gateway speaking it).
        case anthropic
        /// A `/v1/chat/completions` server: OpenAI, llama.cpp, vLLM, Ollama, …
        case openAICompatible
        /// A recorded conversation played back from `file`; no model is called.
        case transcriptReplay(file: String)
        /// Anything else, e.g. a test's fake, by name.
        case other(String)
    }

    public var kind: Kind

    /// A backend of `kind`.
    public init(_ kind: Kind) { self.kind = kind }

    public static let anthropic = ModelBackend(.anthropic)
    public static let openAICompatible = ModelBackend(.openAICompatible)

    /// Whether the replies are played back rather than computed, so their cost is not a real one.
    public var isReplay: Bool {
        if case .transcriptReplay = kind { return true }
        return false
    }

    /// `anthropic`, `openai-compatible`, `transcript replay of demo/quotes.jsonl`, or the other's name.
    public var description: String {
        switch kind {
        case .anthropic: "anthropic"
        case .openAICompatible: "openai-compatible"
        case .transcriptReplay(let file): "transcript replay of \(file)"
        case .other(let name): name
        }
    }
}
