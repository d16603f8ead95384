import WTTrace

/// `ModelRequest` → the JSON body of `POST /v1/chat/completions`.
///
/// The system prompt is the first message; a user message's tool results become `role: tool` messages,
/// sent before its text (the API wants them right after the assistant's tool calls); an assistant
/// message's text is its `content` and its tool uses its `tool_calls`, with the input as JSON text.
/// Blocks only Anthropic has (`other`) and cache marks are left out. `max_tokens` is sent, the name every
/// self-hosted server reads.
enum OpenAIRequestEncoder {
    static func body(_ request: ModelRequest, model: String) -> JSONValue {
        var messages: [JSONValue] = []
        if let system = request.system { messages.append(message("system", content: .string(system))) }
        for message in request.messages { messages += encode(message) }
        var members: [JSONValue.Member] = [
            .init("model", .string(model)), .init("max_tokens", .number(Double(request.maxTokens))),
            .init("messages", .array(messages)),
        ]
        if !request.tools.isEmpty { members.append(.init("tools", .array(request.tools.map(tool)))) }
        if let choice = request.toolChoice { members.append(.init("tool_choice", toolChoice(choice))) }
        if let temperature = request.temperature { members.append(.init("temperature", .number(temperature))) }
        return .object(members)
    }

    static func encode(_ message: ModelMessage) -> [JSONValue] {
        var texts: [String] = []
        var calls: [JSONValue] = []
        var results: [JSONValue] = []
        for block in message.content {
            switch block {
            case .text(let text): texts.append(text)
            case .toolUse(let id, let name, let input): calls.append(call(id: id, name: name, input: input))
            case .toolResult(let id, let content, let isError): results.append(result(id, content, isError))
            case .toolResultImage(let id, let text, _):
                results.append(result(id, text + " (the picture was left out: this backend takes text only)", false))
            case .other: continue
            }
        }
        let text = texts.joined(separator: "\n")
        switch message.role {
        case .user:
            return results + (texts.isEmpty ? [] : [Self.message("user", content: .string(text))])
        case .assistant:
            var members: [JSONValue.Member] = [
                .init("role", .string("assistant")), .init("content", texts.isEmpty ? .null : .string(text)),
            ]
            if !calls.isEmpty { members.append(.init("tool_calls", .array(calls))) }
            return [.object(members)]
        }
    }

    static func message(_ role: String, content: JSONValue) -> JSONValue {
        .object([.init("role", .string(role)), .init("content", content)])
    }

    static func call(id: String, name: String, input: JSONValue) -> JSONValue {
        .object([
            .init("id", .string(id)), .init("type", .string("function")),
            .init("function", .object([.init("name", .string(name)), .init("arguments", .string(compact(input)))])),
        ])
    }

    /// `value` as JSON text on one line, members in order: the arguments as a model would have written
    /// them, without the trace printer's indentation (which costs tokens on every later turn).
    static func compact(_ value: JSONValue) -> String {
        switch value {
        case .array(let items): "[" + items.map(compact).joined(separator: ",") + "]"
        case .object(let members):
            "{" + members.map { JSONValue.string($0.key).jsonText + ":" + compact($0.value) }.joined(separator: ",")
                + "}"
        default: value.jsonText
        }
    }

    /// A failed tool says so in its text, since the chat API has no error flag for tool messages.
    static func result(_ id: String, _ content: String, _ isError: Bool) -> JSONValue {
        .object([
            .init("role", .string("tool")), .init("tool_call_id", .string(id)),
            .init("content", .string(isError ? "Error: " + content : content)),
        ])
    }

    static func tool(_ tool: ModelTool) -> JSONValue {
        .object([
            .init("type", .string("function")),
            .init(
                "function",
                .object([
                    .init("name", .string(tool.name)), .init("description", .string(tool.description)),
                    .init("parameters", tool.inputSchema),
                ])),
        ])
    }

    static func toolChoice(_ choice: ModelToolChoice) -> JSONValue {
        switch choice {
        case .auto: .string("auto")
        case .any: .string("required")
        case .none: .string("none")
        case .tool(let name):
            .object([.init("type", .string("function")), .init("function", .object([.init("name", .string(name))]))])
        }
    }
}
