import WTTrace

/// `ModelRequest` → the JSON body of `POST /v1/messages`. Optional fields the caller left `nil` are left
/// out so the API's defaults apply.
enum AnthropicRequestEncoder {
    static func body(_ request: ModelRequest) -> JSONValue {
        var members: [JSONValue.Member] = [
            .init("model", .string(request.model)),
            .init("max_tokens", .number(Double(request.maxTokens))),
        ]
        if let system = request.system { members.append(.init("system", .string(system))) }
        members.append(.init("messages", .array(request.messages.map(message))))
        if !request.tools.isEmpty { members.append(.init("tools", .array(request.tools.map(tool)))) }
        if let choice = request.toolChoice { members.append(.init("tool_choice", toolChoice(choice))) }
        if let temperature = request.temperature { members.append(.init("temperature", .number(temperature))) }
        return .object(members)
    }

    static func message(_ message: ModelMessage) -> JSONValue {
        .object([.init("role", .string(message.role.rawValue)), .init("content", .array(message.content.map(block)))])
    }

    static func block(_ block: ModelContentBlock) -> JSONValue {
        switch block {
        case .text(let text):
            .object([.init("type", .string("text")), .init("text", .string(text))])
        case .toolUse(let id, let name, let input):
            .object([
                .init("type", .string("tool_use")), .init("id", .string(id)), .init("name", .string(name)),
                .init("input", input),
            ])
        case .toolResult(let toolUseID, let content, let isError):
            .object([
                .init("type", .string("tool_result")), .init("tool_use_id", .string(toolUseID)),
                .init("content", .string(content)), .init("is_error", .bool(isError)),
            ])
        case .other(let raw):
            raw
        }
    }

    static func tool(_ tool: ModelTool) -> JSONValue {
        .object([
            .init("name", .string(tool.name)), .init("description", .string(tool.description)),
            .init("input_schema", tool.inputSchema),
        ])
    }

    static func toolChoice(_ choice: ModelToolChoice) -> JSONValue {
        switch choice {
        case .auto: .object([.init("type", .string("auto"))])
        case .any: .object([.init("type", .string("any"))])
        case .tool(let name): .object([.init("type", .string("tool")), .init("name", .string(name))])
        case .none: .object([.init("type", .string("none"))])
        }
    }
}
