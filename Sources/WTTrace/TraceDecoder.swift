import WTDiagnostics

/// A JSON object being read as one `TraceShape`, with its members by name (the first of duplicates).
struct TraceObject {
    let node: JSONNode
    let shape: TraceShape
    let members: [String: JSONNode]

    subscript(key: String) -> JSONNode? { members[key] }

    /// True when `key` is present and not `null`.
    func has(_ key: String) -> Bool { members[key].map { !$0.isNull } ?? false }
}

/// A relative file path read from a page (`snapshot` or `response`) and where it was written.
struct TracePathReference: Sendable, Hashable {
    var key: String
    var path: String
    var range: SourceRange
}

/// Turns a parsed `trace.json` into the model, reporting every problem at the JSON node it concerns and
/// going on, so one pass finds them all. The shape-specific decoding lives in extensions.
struct TraceDecoder {
    let file: SourceFile
    private(set) var diagnostics: [Diagnostic] = []
    /// True once an error was reported, even one past `limit`.
    private(set) var hasErrors = false
    /// Diagnostics past this many are dropped, so a hostile file cannot fill memory with them.
    let limit: Int
    /// Every snapshot and response path, in document order, for `TraceFolder` to check.
    var paths: [TracePathReference] = []

    init(file: SourceFile, limit: Int = 500) {
        self.file = file
        self.limit = limit
    }

    mutating func report(
        _ message: DiagnosticMessage, at range: SourceRange, help: String? = nil, notes: [Diagnostic.Note] = []
    ) {
        if message.severity == .error { hasErrors = true }
        guard diagnostics.count < limit else { return }
        diagnostics.append(Diagnostic(message, span: file.span(of: range), help: help, notes: notes))
    }

    /// Reads `node` as an object of `shape`, reporting a wrong type, duplicate, unknown and missing members.
    /// `label` names the node in a type error: "'outcome'", "step 3".
    mutating func object(_ node: JSONNode, _ shape: TraceShape, label: String) -> TraceObject? {
        guard let members = node.objectMembers else {
            report(TraceMessages.wrongType(label, "an object", found: Self.describe(node)), at: node.range)
            return nil
        }
        var byName: [String: JSONNode] = [:]
        var keyRanges: [String: SourceRange] = [:]
        for member in members {
            if let first = keyRanges[member.key] {
                report(
                    TraceMessages.duplicateMember(member.key), at: member.keyRange,
                    notes: [Diagnostic.Note(TraceMessages.firstHere, span: file.span(of: first))])
                continue
            }
            byName[member.key] = member.value
            keyRanges[member.key] = member.keyRange
            if !shape.members.contains(member.key) { reportUnknown(member, in: shape) }
        }
        for key in shape.members where shape.required.contains(key) && byName[key] == nil {
            report(
                TraceMessages.missingMember(key, in: shape.noun),
                at: SourceRange(start: node.range.start, end: node.range.start + 1))
        }
        return TraceObject(node: node, shape: shape, members: byName)
    }

    private mutating func reportUnknown(_ member: JSONNode.Member, in shape: TraceShape) {
        let help =
            Suggestion.closest(to: member.key, among: shape.members).map(TraceMessages.didYouMean)
            ?? TraceMessages.knownMembers(shape.members)
        report(TraceMessages.unknownMember(member.key, in: shape.noun), at: member.keyRange, help: help)
    }

    /// The value of `key` converted by `convert`: nil when absent or, for an optional member, `null`; a wrong
    /// type is reported (a required member's `null` too) and gives nil.
    mutating func scalar<T>(
        _ object: TraceObject, _ key: String, _ expected: String, _ convert: (JSONNode) -> T?
    ) -> T? {
        guard let node = object[key] else { return nil }
        if node.isNull, !object.shape.required.contains(key) { return nil }
        if let value = convert(node) { return value }
        report(TraceMessages.wrongType("'\(key)'", expected, found: Self.describe(node)), at: node.range)
        return nil
    }

    mutating func string(_ object: TraceObject, _ key: String) -> String? {
        scalar(object, key, "a string") { $0.stringValue }
    }

    mutating func int(_ object: TraceObject, _ key: String) -> Int? {
        scalar(object, key, "an integer", Self.exactInt)
    }

    mutating func number(_ object: TraceObject, _ key: String) -> Double? {
        scalar(object, key, "a number") { $0.numberValue }
    }

    mutating func bool(_ object: TraceObject, _ key: String) -> Bool? {
        scalar(object, key, "true or false") { $0.boolValue }
    }

    /// Any JSON value: nil only when absent, so `null` stays `JSONValue.null`.
    func json(_ object: TraceObject, _ key: String) -> JSONValue? {
        object[key].map(JSONValue.init)
    }

    /// An optional nested object or other value read by `decode`: nil when absent or `null`.
    mutating func nested<T>(_ object: TraceObject, _ key: String, _ decode: (inout Self, JSONNode) -> T?) -> T? {
        guard let node = object[key], !node.isNull || object.shape.required.contains(key) else { return nil }
        return decode(&self, node)
    }

    /// An array whose items `decode` reads (given each item and its 1-based position); items that fail
    /// are left out. Nil when absent, `null` for an optional member, or not an array (reported).
    mutating func list<T>(_ object: TraceObject, _ key: String, _ decode: (inout Self, JSONNode, Int) -> T?) -> [T]? {
        guard let items = scalar(object, key, "an array", { $0.arrayValue }) else { return nil }
        var result: [T] = []
        result.reserveCapacity(items.count)
        for (offset, item) in items.enumerated() {
            if let value = decode(&self, item, offset + 1) { result.append(value) }
        }
        return result
    }

    /// An array of strings; an item of another type is reported as "'classes' item 2".
    mutating func strings(_ object: TraceObject, _ key: String) -> [String]? {
        list(object, key) { decoder, item, position in
            guard let text = item.stringValue else {
                let label = "'\(key)' item \(position)"
                decoder.report(
                    TraceMessages.wrongType(label, "a string", found: Self.describe(item)),
                    at: item.range)
                return nil
            }
            return text
        }
    }

    /// An integer read exactly from its text when it is written as one, so large values are not rounded.
    static func exactInt(_ node: JSONNode) -> Int? {
        node.numberText.flatMap { Int($0) } ?? node.intValue
    }

    /// The found value in a type error: its JSON type, with short strings and numbers quoted.
    static func describe(_ node: JSONNode) -> String {
        switch node.value {
        case .string(let text): text.count <= 40 ? "string \"\(text)\"" : "a string"
        case .number(_, let text): "number \(text)"
        case .array: "an array"
        case .object: "an object"
        default: node.kindName
        }
    }
}
