import WTDiagnostics

/// A check the fake model server runs on the request a turn answers; a failed check is recorded as a
/// violation and answered with 500, so the test fails loudly instead of the conversation going astray.
public struct FakeModelCheck: Sendable {
    /// What is checked, for the violation message.
    public var description: String
    /// Nil when the request passes, else what was wrong with it.
    public var problem: @Sendable (FakeModelRequest) -> String?

    /// A check from a description and a closure returning the problem, if any.
    public init(_ description: String, problem: @escaping @Sendable (FakeModelRequest) -> String?) {
        self.description = description
        self.problem = problem
    }

    /// The request names `model`.
    public static func model(_ model: String) -> FakeModelCheck {
        FakeModelCheck("model is \(model)") { request in
            request.model == model ? nil : "model is \(request.model ?? "absent")"
        }
    }

    /// Every tool in `names` is offered (others may be too).
    public static func offersTools(_ names: [String]) -> FakeModelCheck {
        FakeModelCheck("offers tools \(names)") { request in
            let missing = names.filter { !request.toolNames.contains($0) }
            return missing.isEmpty ? nil : "tools offered are \(request.toolNames), missing \(missing)"
        }
    }

    /// The last message is the user's and holds a `tool_result` for `toolUseID`.
    public static func answersToolUse(_ toolUseID: String) -> FakeModelCheck {
        FakeModelCheck("last user message has a tool_result for \(toolUseID)") { request in
            let ids = request.lastToolResults.compactMap { $0["tool_use_id"]?.stringValue }
            return ids.contains(toolUseID) ? nil : "tool_result ids in the last user message are \(ids)"
        }
    }

    /// The conversation has `count` messages.
    public static func messageCount(_ count: Int) -> FakeModelCheck {
        FakeModelCheck("\(count) messages") { request in
            request.messages.count == count ? nil : "\(request.messages.count) messages"
        }
    }

    /// The last user message (observations and tool results included) contains `text`.
    public static func lastUserTextContains(_ text: String) -> FakeModelCheck {
        FakeModelCheck("the last user message contains \(text)") { request in
            request.lastUserText.contains(text) ? nil : "it reads: \(request.lastUserText.prefix(300))"
        }
    }

    /// `secret` appears nowhere in the request: not in its body, escaped or not, nor in its headers.
    /// Named without the secret, so a failure message does not print it either.
    public static func neverContains(_ secret: String, named name: String) -> FakeModelCheck {
        FakeModelCheck("the request never contains \(name)") { request in
            let body = String(decoding: request.body, as: UTF8.self)
            let inStrings = request.json.map { strings(in: $0).contains { $0.contains(secret) } } ?? false
            let inHeaders = request.headers.contains { $0.1.contains(secret) }
            return body.contains(secret) || inStrings || inHeaders ? "\(name) was sent" : nil
        }
    }
}

/// Every string of a JSON value, keys included, decoded (so an escaped secret is found too).
private func strings(in node: JSONNode) -> [String] {
    if let text = node.stringValue { return [text] }
    if let items = node.arrayValue { return items.flatMap(strings) }
    return (node.objectMembers ?? []).flatMap { [$0.key] + strings(in: $0.value) }
}
