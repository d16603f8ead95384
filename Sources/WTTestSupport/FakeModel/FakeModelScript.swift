/// One block of a scripted reply.
public enum FakeModelBlock: Sendable {
    case text(String)
    /// `input` is JSON text, e.g. `#"{"selector": "li.next > a"}"#`. An empty `id` is replaced by the
    /// server with `toolu_<turn>_<n>` (the n-th tool use of that turn's reply, from 1).
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
    /// What a computed reply looked for in the request is not there (`"no button named Next in the last
    /// observation"`): recorded as a violation and answered with 500, like a failed check, so the turn is
    /// not played and the test fails saying why.
    case missing(String)
    /// The request is accepted and never answered until the server stops, for hung-connection tests. The
    /// turn counts as played.
    case hang

    /// A 200 asking for one tool: `input` is JSON text, e.g. `#"{"ref": "e12"}"#`. Without an `id` the
    /// server gives it `toolu_<turn>_1`, unique in the conversation as the API's ids are.
    public static func toolUse(_ name: String, input: String, id: String = "") -> FakeModelReply {
        .message(FakeModelMessage(content: [.toolUse(id: id, name: name, input: input)], stopReason: "tool_use"))
    }
}

/// One turn of a scripted conversation: checks on the request it answers, and the reply, which may be
/// computed from that request (as a model reads the observation it was sent before it acts).
public struct FakeModelTurn: Sendable {
    public var checks: [FakeModelCheck]
    /// Builds the reply from the request the turn answers; a fixed reply ignores the request.
    public var makeReply: @Sendable (FakeModelRequest) -> FakeModelReply

    /// A turn answering `reply` after `checks` pass.
    public init(_ reply: FakeModelReply, checks: [FakeModelCheck] = []) {
        self.checks = checks
        self.makeReply = { _ in reply }
    }

    /// A turn whose reply `reply` builds from the request, after `checks` pass; e.g. a click on the ref the
    /// last observation gave the button named Next:
    ///
    /// ```swift
    /// .respond { request in
    ///     guard let ref = request.ref(role: "button", name: "Next") else { return .missing("no Next button") }
    ///     return .toolUse("click", input: #"{"ref": "\#(ref)"}"#)
    /// }
    /// ```
    public static func respond(
        checks: [FakeModelCheck] = [], _ reply: @escaping @Sendable (FakeModelRequest) -> FakeModelReply
    ) -> FakeModelTurn {
        var turn = FakeModelTurn(.hang, checks: checks)
        turn.makeReply = reply
        return turn
    }

    /// A turn answering a text message that ends the turn.
    public static func text(_ text: String, checks: [FakeModelCheck] = []) -> FakeModelTurn {
        FakeModelTurn(.message(FakeModelMessage(content: [.text(text)])), checks: checks)
    }
}
