import WTTrace

/// Why the model stopped. Values this client does not know are kept as they came, never rejected: the
/// API adds reasons over time (`pause_turn`, `refusal`, …) and the agent can still report them.
public struct ModelStopReason: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// The model finished its turn.
    public static let endTurn = ModelStopReason(rawValue: "end_turn")
    /// The model asks for tools; answer with tool results.
    public static let toolUse = ModelStopReason(rawValue: "tool_use")
    /// The reply hit the request's `maxTokens`.
    public static let maxTokens = ModelStopReason(rawValue: "max_tokens")
    /// The reply hit a stop sequence.
    public static let stopSequence = ModelStopReason(rawValue: "stop_sequence")

    public var description: String { rawValue }
}

/// Tokens one call used, by kind. Kinds the API did not report count as 0.
public struct ModelUsage: Sendable, Hashable {
    public var inputTokens: Int
    public var outputTokens: Int
    /// Input tokens written to the prompt cache (priced differently from plain input).
    public var cacheCreationInputTokens: Int
    /// Input tokens read from the prompt cache.
    public var cacheReadInputTokens: Int

    /// Usage from its parts; all 0 by default.
    public init(
        inputTokens: Int = 0, outputTokens: Int = 0, cacheCreationInputTokens: Int = 0, cacheReadInputTokens: Int = 0
    ) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.cacheCreationInputTokens = cacheCreationInputTokens
        self.cacheReadInputTokens = cacheReadInputTokens
    }

    /// Both usages added kind by kind.
    public static func + (lhs: ModelUsage, rhs: ModelUsage) -> ModelUsage {
        ModelUsage(
            inputTokens: lhs.inputTokens + rhs.inputTokens, outputTokens: lhs.outputTokens + rhs.outputTokens,
            cacheCreationInputTokens: lhs.cacheCreationInputTokens + rhs.cacheCreationInputTokens,
            cacheReadInputTokens: lhs.cacheReadInputTokens + rhs.cacheReadInputTokens)
    }
}

/// The model's complete reply to one request.
public struct ModelResponse: Sendable, Hashable {
    /// The API's message id, e.g. `msg_…`.
    public var id: String
    /// The model that answered (may be a dated version of the id requested).
    public var model: String
    /// The reply's blocks: text and tool uses.
    public var content: [ModelContentBlock]
    /// `nil` only if the API sent `null`.
    public var stopReason: ModelStopReason?
    public var usage: ModelUsage

    /// A reply from its parts.
    public init(
        id: String, model: String, content: [ModelContentBlock], stopReason: ModelStopReason?, usage: ModelUsage
    ) {
        self.id = id
        self.model = model
        self.content = content
        self.stopReason = stopReason
        self.usage = usage
    }

    /// The reply as an assistant message, to append to the conversation for the next request.
    public var message: ModelMessage { ModelMessage(role: .assistant, content: content) }

    /// The text blocks joined with newlines.
    public var text: String {
        content.compactMap { block in
            if case .text(let text) = block { return text }
            return nil
        }.joined(separator: "\n")
    }

    /// The tool uses, in order.
    public var toolUses: [(id: String, name: String, input: JSONValue)] {
        content.compactMap { block in
            if case .toolUse(let id, let name, let input) = block { return (id, name, input) }
            return nil
        }
    }
}
