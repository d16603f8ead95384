import WTDiagnostics
import WTTrace

/// The body of a 200 reply → `ModelResponse`, strictly: anything the Messages API documents as required
/// must be there with its type, and the error names the path that was wrong. Unknown block types and stop
/// reasons are kept rather than rejected, since the API adds them over time.
enum AnthropicResponseDecoder {
    static func response(_ body: [UInt8]) throws(ModelError) -> ModelResponse {
        let root: JSONNode
        do { root = try PositionedJSON.parse(body) } catch {
            throw WireReader.malformed("", "not JSON (\(error.description))")
        }
        return try response(root)
    }

    /// A reply already parsed, e.g. one line's `response` in a transcript.
    static func response(_ root: JSONNode) throws(ModelError) -> ModelResponse {
        let reader = try WireReader(node: root, path: "").object()
        return ModelResponse(
            id: try reader.required("id").string(),
            model: try reader.required("model").string(),
            content: try reader.required("content").items().map(block),
            stopReason: try reader.optional("stop_reason").map { reader throws(ModelError) in
                ModelStopReason(rawValue: try reader.string())
            },
            usage: try usage(reader.required("usage").object()))
    }

    static func block(_ reader: WireReader) throws(ModelError) -> ModelContentBlock {
        let block = try reader.object()
        switch try block.required("type").string() {
        case "text":
            return .text(try block.required("text").string())
        case "tool_use":
            let input = try block.required("input").object()
            return .toolUse(
                id: try block.required("id").string(), name: try block.required("name").string(),
                input: JSONValue(input.node))
        default:
            return .other(JSONValue(block.node))
        }
    }

    /// Kinds the API left out (older models, no caching) count as 0.
    static func usage(_ reader: WireReader) throws(ModelError) -> ModelUsage {
        func count(_ key: String) throws(ModelError) -> Int { try reader.optional(key)?.int() ?? 0 }
        return ModelUsage(
            inputTokens: try count("input_tokens"), outputTokens: try count("output_tokens"),
            cacheCreationInputTokens: try count("cache_creation_input_tokens"),
            cacheReadInputTokens: try count("cache_read_input_tokens"))
    }
}
