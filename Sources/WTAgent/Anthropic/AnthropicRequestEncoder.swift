import Foundation
import WTTrace

/// `ModelRequest` → the JSON body of `POST /v1/messages`. Optional fields the caller left `nil` are left
/// out so the API's defaults apply. The parts `request.cache` names carry
/// `"cache_control": {"type": "ephemeral"}`.
enum AnthropicRequestEncoder {
    static func body(_ request: ModelRequest) -> JSONValue {
        var members: [JSONValue.Member] = [
            .init("model", .string(request.model)),
            .init("max_tokens", .number(Double(request.maxTokens))),
        ]
        if let system = request.system { members.append(.init("system", self.system(system, cache: request.cache))) }
        var messages = request.messages.map(message)
        if request.cache.contains(.conversation), let last = messages.popLast() {
            messages.append(markingLastBlock(of: last))
        }
        members.append(.init("messages", .array(messages)))
        if !request.tools.isEmpty {
            var tools = request.tools.map(tool)
            if request.cache.contains(.tools), let last = tools.popLast() { tools.append(cached(last)) }
            members.append(.init("tools", .array(tools)))
        }
        if let choice = request.toolChoice { members.append(.init("tool_choice", toolChoice(choice))) }
        if let temperature = request.temperature { members.append(.init("temperature", .number(temperature))) }
        return .object(members)
    }

    /// A plain string, or a list of one text block when it is to be cached (a string cannot carry the mark).
    static func system(_ text: String, cache: ModelPromptCache) -> JSONValue {
        guard cache.contains(.system) else { return .string(text) }
        return .array([cached(.object([.init("type", .string("text")), .init("text", .string(text))]))])
    }

    /// `object` with `cache_control` added; anything but an object is returned as it is.
    static func cached(_ object: JSONValue) -> JSONValue {
        guard case .object(var members) = object else { return object }
        members.removeAll { $0.key == "cache_control" }
        members.append(.init("cache_control", .object([.init("type", .string("ephemeral"))])))
        return .object(members)
    }

    /// An encoded message whose last content block carries the cache mark.
    static func markingLastBlock(of message: JSONValue) -> JSONValue {
        guard case .object(var members) = message, let index = members.firstIndex(where: { $0.key == "content" }),
            case .array(var blocks) = members[index].value, let last = blocks.popLast()
        else { return message }
        blocks.append(cached(last))
        members[index] = .init("content", .array(blocks))
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
        case .toolResultImage(let toolUseID, let text, let png):
            .object([
                .init("type", .string("tool_result")), .init("tool_use_id", .string(toolUseID)),
                .init(
                    "content",
                    .array([
                        .object([.init("type", .string("text")), .init("text", .string(text))]),
                        .object([
                            .init("type", .string("image")),
                            .init(
                                "source",
                                .object([
                                    .init("type", .string("base64")), .init("media_type", .string("image/png")),
                                    .init("data", .string(png.base64EncodedString())),
                                ])),
                        ]),
                    ])),
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
