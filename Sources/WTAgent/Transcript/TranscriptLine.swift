import WTDiagnostics
import WTTrace

/// One line of a transcript (JSONL): one model call, as
/// `{"call": 1, "model": "claude-haiku-5-5", "request": "fnv1a64:…", "response": {…}}`, where `model` is
/// the model the request named, `request` a digest of the request as the Messages API body, and
/// `response` the reply as the Messages API sends it, whatever backend answered; a replay reads it back
/// with the same decoder `AnthropicClient` uses.
struct TranscriptLine {
    var call: Int
    var model: String
    var requestDigest: String
    var response: ModelResponse

    /// The line's JSON text, without its newline.
    var text: String {
        OpenAIRequestEncoder.compact(
            .object([
                .init("call", .number(Double(call))), .init("model", .string(model)),
                .init("request", .string(requestDigest)), .init("response", Self.encode(response)),
            ]))
    }

    /// `text` read back; `line` (1-based) and `file` name the place in errors.
    init(parsing text: Substring, line: Int, file: String) throws(ModelError) {
        func refuse(_ problem: String) -> ModelError {
            ModelError(.transcript(line: line), detail: "\(file):\(line): \(problem)")
        }
        guard let root = try? PositionedJSON.parse(Array(text.utf8)), root.objectMembers != nil else {
            throw refuse("not a JSON object")
        }
        guard let call = root["call"]?.intValue, let model = root["model"]?.stringValue,
            let digest = root["request"]?.stringValue, let response = root["response"]
        else { throw refuse("expected the members call, model, request and response") }
        do {
            self.response = try AnthropicResponseDecoder.response(response)
        } catch {
            throw refuse("the response is not a Messages API reply: \(error.detail ?? "")")
        }
        self.call = call
        self.model = model
        self.requestDigest = digest
    }

    init(call: Int, model: String, requestDigest: String, response: ModelResponse) {
        self.call = call
        self.model = model
        self.requestDigest = requestDigest
        self.response = response
    }

    /// The digest of `request` as the Messages API body: FNV-1a, 64 bits, in hex. It tells requests apart
    /// for a replay that insists on the same conversation; it is not a security measure.
    static func digest(_ request: ModelRequest) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in AnthropicRequestEncoder.body(request).jsonText.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// `response` as the Messages API's JSON.
    static func encode(_ response: ModelResponse) -> JSONValue {
        let usage = response.usage
        return .object([
            .init("id", .string(response.id)), .init("type", .string("message")),
            .init("role", .string("assistant")), .init("model", .string(response.model)),
            .init("content", .array(response.content.map(AnthropicRequestEncoder.block))),
            .init("stop_reason", response.stopReason.map { .string($0.rawValue) } ?? .null),
            .init(
                "usage",
                .object([
                    .init("input_tokens", .number(Double(usage.inputTokens))),
                    .init("output_tokens", .number(Double(usage.outputTokens))),
                    .init("cache_creation_input_tokens", .number(Double(usage.cacheCreationInputTokens))),
                    .init("cache_read_input_tokens", .number(Double(usage.cacheReadInputTokens))),
                ])),
        ])
    }
}
