import Foundation

/// Which API the fake model server speaks. The script is the same either way: a `FakeModelMessage` is
/// sent as a Messages API reply or as a chat completion.
public enum FakeModelDialect: Sendable {
    /// Anthropic's `POST /v1/messages`.
    case anthropic
    /// OpenAI-compatible `POST /v1/chat/completions`; `apiKey`, when given, must come as a bearer token.
    case openAI(apiKey: String?)

    /// What every request must have in this dialect, whatever the script says.
    func problems(_ request: FakeModelRequest) -> [String] {
        switch self {
        case .anthropic: return FakeModelWire.problems(request)
        case .openAI(let key): return FakeOpenAIWire.problems(request, apiKey: key)
        }
    }
}

/// The basics of a chat completions request.
enum FakeOpenAIWire {
    static func problems(_ request: FakeModelRequest, apiKey: String?) -> [String] {
        var problems: [String] = []
        if request.method != "POST" { problems.append("method is \(request.method), not POST") }
        if request.path != "/v1/chat/completions" {
            problems.append("path is \(request.path), not /v1/chat/completions")
        }
        let authorization = request.header("authorization")
        if let apiKey, authorization != "Bearer \(apiKey)" { problems.append("no bearer token with the key") }
        if apiKey == nil, authorization != nil { problems.append("an authorization header though no key is set") }
        guard let json = request.json, json.objectMembers != nil else {
            return problems + ["the body is not a JSON object"]
        }
        if json["model"]?.stringValue == nil { problems.append("body.model is not a string") }
        if json["messages"]?.arrayValue == nil { problems.append("body.messages is not an array") }
        return problems
    }

    /// `{"error": {"message", "type", "code"}}`, the shape OpenAI and the local servers send.
    static func error(status: Int, type: String, message: String) -> Data {
        FakeModelWire.data(["error": ["message": message, "type": type, "code": NSNull()]])
    }
}

extension FakeModelMessage {
    /// The message as a chat completion: text joined as `content`, tool uses as `tool_calls` with their
    /// input as JSON text, the stop reason and usage in OpenAI's words.
    func openAIJSON(model requested: String?) -> Data {
        let text = content.compactMap { block -> String? in
            if case .text(let text) = block { return text }
            return nil
        }
        var message: [String: Any] = ["role": "assistant", "content": text.isEmpty ? NSNull() : text.joined()]
        let calls = content.compactMap { block -> [String: Any]? in
            guard case .toolUse(let id, let name, let input) = block else { return nil }
            return ["id": id, "type": "function", "function": ["name": name, "arguments": input]]
        }
        if !calls.isEmpty { message["tool_calls"] = calls }
        let reasons = ["end_turn": "stop", "tool_use": "tool_calls", "max_tokens": "length"]
        let finish: Any = stopReason.map { reasons[$0] ?? $0 } ?? NSNull()
        let counts = Dictionary(usage, uniquingKeysWith: { $1 })
        let cached = counts["cache_read_input_tokens"] ?? 0
        let usage: [String: Any] = [
            "prompt_tokens": (counts["input_tokens"] ?? 0) + cached,
            "completion_tokens": counts["output_tokens"] ?? 0, "prompt_tokens_details": ["cached_tokens": cached],
        ]
        let body: [String: Any] = [
            "id": id, "object": "chat.completion", "model": model ?? requested ?? "unknown",
            "choices": [["index": 0, "message": message, "finish_reason": finish]], "usage": usage,
        ]
        return FakeModelWire.data(body)
    }
}
