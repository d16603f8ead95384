/// One block of a scripted reply.
public enum FakeModelBlock: Sendable {
    case text(String)
    /// `input` is JSON text, e.g. `#"{"selector": "li.next > a"}"#`.
    case toolUse(id: String, name: String, input: String)
}

/// A scripted successful reply; what a real Messages API 200 would carry.
public struct FakeModelMessage: Sendable {
    public var id: String
    /// The model named in the reply; the request's model when nil.
    public var model: String?
    public var content: [FakeModelBlock]
    /// Sent as given, so unknown reasons can be tried; `nil` sends JSON `null`.
    public var stopReason: String?
    /// Usage members in order; leave some out to test that they count as 0.
    public var usage: [(String, Int)]

    /// A reply; `end_turn` with 10 input and 5 output tokens by default.
    public init(
        id: String = "msg_fake", model: String? = nil, content: [FakeModelBlock], stopReason: String? = "end_turn",
        usage: [(String, Int)] = [("input_tokens", 10), ("output_tokens", 5)]
    ) {
        self.id = id
        self.model = model
        self.content = content
        self.stopReason = stopReason
        self.usage = usage
    }
}

/// What a turn answers.
public enum FakeModelReply: Sendable {
    /// 200 with a message.
    case message(FakeModelMessage)
    /// An API error: `{"type": "error", "error": {"type": type, "message": message}}` with `status`, and a
    /// `retry-after` header when given (seconds, sent as written).
    case error(status: Int, type: String, message: String, retryAfter: String? = nil)
    /// Any status and body, to send what the real API would not (a malformed reply).
    case raw(status: Int, body: String)
}

/// One turn of a scripted conversation: checks on the request it answers, and the reply.
public struct FakeModelTurn: Sendable {
    public var checks: [FakeModelCheck]
    public var reply: FakeModelReply

    /// A turn answering `reply` after `checks` pass.
    public init(_ reply: FakeModelReply, checks: [FakeModelCheck] = []) {
        self.checks = checks
        self.reply = reply
    }

    /// A turn answering a text message that ends the turn.
    public static func text(_ text: String, checks: [FakeModelCheck] = []) -> FakeModelTurn {
        FakeModelTurn(.message(FakeModelMessage(content: [.text(text)])), checks: checks)
    }
}
