import WTDiagnostics

/// What a scripted model reads of the conversation: the user's text and the refs of the observations it
/// was sent, so a script acts only through refs it saw, as a model would.
extension FakeModelRequest {
    /// All text of the last user message: its text blocks and the contents of its `tool_result` blocks, in
    /// order, joined with newlines. Empty when there is no user message. (In the OpenAI dialect, the
    /// `tool` and `user` messages after the last assistant message together.)
    public var lastUserText: String { userTurns.last ?? "" }

    /// The text of every user message, oldest first, joined with newlines.
    public var allUserText: String { userTurns.joined(separator: "\n") }

    /// The ids of the `tool_use` blocks of the last assistant message, in order: the ids the next user
    /// message must answer with `tool_result` blocks (in the OpenAI dialect, its `tool_calls` ids).
    public var lastToolUseIDs: [String] {
        guard let last = messages.last(where: { $0["role"]?.stringValue == "assistant" }) else { return [] }
        let uses = (last["content"]?.arrayValue ?? []).compactMap { block in
            block["type"]?.stringValue == "tool_use" ? block["id"]?.stringValue : nil
        }
        return uses + (last["tool_calls"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }
    }

    /// The ref of the first observation line with `role` whose name equals `name` (`exact`) or contains it
    /// ignoring case, e.g. `e12` for `[e12] button "Sign in"` and `ref(role: "button", name: "sign")`.
    ///
    /// The last user message is searched first, then the earlier ones, latest first, so the newest view
    /// of the page wins. Nil when no line matches.
    public func ref(role: String, name: String, exact: Bool = false) -> String? {
        for turn in userTurns.reversed() {
            for line in turn.split(whereSeparator: \.isNewline) {
                guard let entry = FakeObservationLine(line), entry.role == role else { continue }
                let matches =
                    exact ? entry.name == name : name.isEmpty || entry.name.lowercased().contains(name.lowercased())
                if matches { return entry.ref }
            }
        }
        return nil
    }

    /// The text the model was sent between its own messages, oldest first: each user message (and in
    /// the OpenAI dialect, the run of `tool` and `user` messages between two assistant messages).
    private var userTurns: [String] {
        var turns: [[String]] = []
        var open = false
        for message in messages {
            switch message["role"]?.stringValue {
            case "assistant":
                open = false
            case "user", "tool":
                if !open { turns.append([]) }
                open = true
                turns[turns.count - 1].append(Self.text(of: message))
            default:
                continue
            }
        }
        return turns.map { $0.joined(separator: "\n") }
    }

    /// A message's text blocks and tool result contents (a string, or a list of text blocks), joined.
    static func text(of message: JSONNode) -> String {
        if let text = message["content"]?.stringValue { return text }
        var parts: [String] = []
        for block in message["content"]?.arrayValue ?? [] {
            switch block["type"]?.stringValue {
            case "text":
                parts.append(block["text"]?.stringValue ?? "")
            case "tool_result":
                if let text = block["content"]?.stringValue {
                    parts.append(text)
                } else {
                    let inner = block["content"]?.arrayValue ?? []
                    parts += inner.compactMap { $0["type"]?.stringValue == "text" ? $0["text"]?.stringValue : nil }
                }
            default:
                continue
            }
        }
        return parts.joined(separator: "\n")
    }
}

/// One line of an observation: `[e12] button "Sign in"` (the name, in quotes with `\` escapes, is optional).
struct FakeObservationLine: Equatable {
    var ref: String
    var role: String
    var name: String

    /// Nil unless the line starts (after blanks) like `^\s*\[([a-z]+[0-9]+)\] ([a-z]+)(?: "…")?`.
    init?(_ line: Substring) {
        var rest = line.drop { $0 == " " || $0 == "\t" }
        guard rest.first == "[", let close = rest.firstIndex(of: "]") else { return nil }
        let ref = rest[rest.index(after: rest.startIndex)..<close]
        let letters = ref.prefix { ("a"..."z").contains($0) }
        let digits = ref.dropFirst(letters.count)
        guard !letters.isEmpty, !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        rest = rest[rest.index(after: close)...]
        guard rest.first == " " else { return nil }
        rest = rest.dropFirst()
        let role = rest.prefix { ("a"..."z").contains($0) }
        guard !role.isEmpty else { return nil }
        self.ref = String(ref)
        self.role = String(role)
        rest = rest.dropFirst(role.count)
        name = rest.hasPrefix(" \"") ? Self.quoted(rest.dropFirst(2)) ?? "" : ""
    }

    /// The text up to the closing quote with `\x` read as `x`; nil when the quote is never closed.
    private static func quoted(_ text: Substring) -> String? {
        var name = ""
        var escaped = false
        for character in text {
            if escaped {
                name.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                return name
            } else {
                name.append(character)
            }
        }
        return nil
    }
}
