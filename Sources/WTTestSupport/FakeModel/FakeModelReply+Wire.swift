import Foundation

extension FakeModelReply {
    /// The reply as the Messages API would send it, or a description of why the script's reply is unusable.
    func response(for request: FakeModelRequest, in dialect: FakeModelDialect = .anthropic)
        -> Result<LoopbackResponse, FakeModelViolation>
    {
        switch self {
        case .message(let message):
            return message.json(model: request.model).map { anthropic in
                if case .openAI = dialect { return .json(message.openAIJSON(model: request.model)) }
                return .json(anthropic)
            }
        case .error(let status, let type, let message, let retryAfter):
            let body: [String: Any] = ["type": "error", "error": ["type": type, "message": message]]
            var data = FakeModelWire.data(body)
            if case .openAI = dialect { data = FakeOpenAIWire.error(status: status, type: type, message: message) }
            var response = LoopbackResponse.json(data, status: status)
            if let retryAfter { response.headers.append(("retry-after", retryAfter)) }
            response.headers.append(("request-id", "req_fake"))
            return .success(response)
        case .raw(let status, let body):
            return .success(.json(Data(body.utf8), status: status))
        case .missing(let what):
            return .failure(FakeModelViolation("the reply could not be built: \(what)"))
        case .hang:
            // The server hangs before it asks for a response; reaching here is the fake's own bug.
            return .failure(FakeModelViolation("a hanging turn was asked for a response"))
        }
    }
}

extension FakeModelReply {
    /// The reply with every tool use that has no id given `toolu_<turn>_<n>`.
    func numberingToolUses(turn: Int) -> FakeModelReply {
        guard case .message(var message) = self else { return self }
        var count = 0
        message.content = message.content.map { block in
            guard case .toolUse(let id, let name, let input) = block else { return block }
            count += 1
            return .toolUse(id: id.isEmpty ? "toolu_\(turn)_\(count)" : id, name: name, input: input)
        }
        return .message(message)
    }
}

extension FakeModelMessage {
    func json(model requested: String?) -> Result<Data, FakeModelViolation> {
        var blocks: [[String: Any]] = []
        for block in content {
            switch block {
            case .text(let text):
                blocks.append(["type": "text", "text": text])
            case .toolUse(let id, let name, let input):
                guard let object = try? JSONSerialization.jsonObject(with: Data(input.utf8)) else {
                    return .failure(FakeModelViolation("the script's tool_use input for \(id) is not JSON: \(input)"))
                }
                blocks.append(["type": "tool_use", "id": id, "name": name, "input": object])
            }
        }
        let body: [String: Any] = [
            "id": id, "type": "message", "role": "assistant", "model": model ?? requested ?? "unknown",
            "content": blocks, "stop_reason": stopReason ?? NSNull(), "stop_sequence": NSNull(),
            "usage": Dictionary(usage, uniquingKeysWith: { $1 }),
        ]
        return .success(FakeModelWire.data(body))
    }
}
