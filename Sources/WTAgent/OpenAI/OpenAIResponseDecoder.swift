import WTDiagnostics
import WTTrace

/// The body of a 200 chat completion → `ModelResponse`, as strictly as the Messages API reply is read:
/// the first choice's message, its tool calls (arguments as JSON text, or an object as some local
/// servers send), the finish reason in the Messages API's words, and usage with cached prompt tokens
/// counted as cache reads (and not again as input, as Anthropic counts them).
enum OpenAIResponseDecoder {
    static func response(_ body: [UInt8]) throws(ModelError) -> ModelResponse {
        let root: JSONNode
        do { root = try PositionedJSON.parse(body) } catch {
            throw WireReader.malformed("", "not JSON (\(error.description))")
        }
        let reader = try WireReader(node: root, path: "").object()
        guard let choice = try reader.required("choices").items().first else {
            throw WireReader.malformed("choices", "is empty")
        }
        let message = try choice.object().required("message").object()
        var content: [ModelContentBlock] = []
        if let text = try message.optional("content")?.string(), !text.isEmpty { content.append(.text(text)) }
        for call in try message.optional("tool_calls")?.items() ?? [] { content.append(try toolUse(call)) }
        return ModelResponse(
            id: try reader.required("id").string(), model: try reader.required("model").string(), content: content,
            stopReason: try choice.optional("finish_reason").map { reader throws(ModelError) in
                stopReason(try reader.string())
            },
            usage: try reader.optional("usage").map(usage) ?? ModelUsage())
    }

    static func toolUse(_ reader: WireReader) throws(ModelError) -> ModelContentBlock {
        let function = try reader.object().required("function").object()
        let arguments = try function.required("arguments")
        let input: JSONValue
        if arguments.node.objectMembers != nil {
            input = JSONValue(arguments.node)
        } else {
            let text = try arguments.string()
            guard let node = try? PositionedJSON.parse(Array(text.utf8)), node.objectMembers != nil else {
                throw WireReader.malformed(arguments.path, "is not a JSON object: \(text.prefix(200))")
            }
            input = JSONValue(node)
        }
        return .toolUse(
            id: try reader.required("id").string(), name: try function.required("name").string(), input: input)
    }

    static func stopReason(_ reason: String) -> ModelStopReason {
        switch reason {
        case "stop": .endTurn
        case "tool_calls", "function_call": .toolUse
        case "length": .maxTokens
        default: ModelStopReason(rawValue: reason)
        }
    }

    static func usage(_ reader: WireReader) throws(ModelError) -> ModelUsage {
        let usage = try reader.object()
        let prompt = try usage.optional("prompt_tokens")?.int() ?? 0
        let cached = try usage.optional("prompt_tokens_details")?.object().optional("cached_tokens")?.int() ?? 0
        return ModelUsage(
            inputTokens: max(prompt - cached, 0), outputTokens: try usage.optional("completion_tokens")?.int() ?? 0,
            cacheReadInputTokens: cached)
    }
}
