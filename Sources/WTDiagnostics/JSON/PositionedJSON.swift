/// A strict RFC 8259 JSON reader that keeps the byte range of every value and key, so a stage reading
/// user JSON (an output schema, a recorded trace) can report `schema.json:14:7` instead of "item 3".
///
///     let root = try PositionedJSON.parse(file)
///     if let type = root["type"] { print(file.span(of: type.range)) }
///
/// Strict means: no comments, no trailing commas, no single quotes, no `NaN`; numbers follow the JSON
/// grammar and keep their text; strings decode every escape and reject unpaired surrogates. A leading
/// byte order mark is skipped, as RFC 8259 §8.1 allows. Parsing is iterative and linear in the input,
/// and nesting is limited to `maximumDepth`, so hostile input cannot overflow the stack.
public enum PositionedJSON {
    /// Arrays and objects may nest this deep; one more level is an error.
    public static let maximumDepth = 512

    /// Parses the whole file as one JSON value.
    public static func parse(_ file: SourceFile) throws(JSONSyntaxError) -> JSONNode {
        try parse(file.utf8)
    }

    /// Parses UTF-8 bytes as one JSON value; ranges are offsets into `bytes`.
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        var parser = JSONParser(bytes: bytes)
        return try parser.parseDocument()
    }
}

/// The reader's state: the bytes, a cursor, and the containers opened but not yet closed. Keeping the
/// open containers in an array instead of on the call stack is what makes deep input safe.
struct JSONParser {
    let bytes: [UInt8]
    var position = 0
    private var open: [OpenContainer] = []

    private struct OpenContainer {
        var isObject: Bool
        var start: Int
        var elements: [JSONNode] = []
        var members: [JSONNode.Member] = []
        /// The key read for the member whose value is being parsed.
        var key = ""
        var keyRange = SourceRange.at(0)
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONNode {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        let root = try parseValue()
        skipWhitespace()
        guard position == bytes.count else {
            throw JSONSyntaxError(
                JSONMessages.trailingCharacters, at: SourceRange(start: position, end: bytes.count),
                help: "a JSON document holds exactly one value; wrap several in an array")
        }
        return root
    }

    /// Reads one value, nested containers included, without recursion: `pending` is a finished value
    /// to attach to the innermost open container, or nil when the next element's value starts now.
    private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
        var pending = try startValue()
        while true {
            if let value = pending {
                if open.isEmpty { return value }
                pending = try finishElement(value)
            } else {
                pending = try startValue()
            }
        }
    }

    /// Reads a scalar, or opens a container. Returns nil when a non-empty container was opened (its first
    /// element comes next); an empty container is returned closed.
    private mutating func startValue() throws(JSONSyntaxError) -> JSONNode? {
        skipWhitespace()
        guard position < bytes.count else { throw unexpected("a JSON value") }
        switch bytes[position] {
        case UInt8(ascii: "["):
            try push(isObject: false)
            skipWhitespace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") { return close() }
            return nil
        case UInt8(ascii: "{"):
            try push(isObject: true)
            skipWhitespace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "}") { return close() }
            try readKey(expecting: "a string key or '}'")
            return nil
        case UInt8(ascii: "\""):
            let (text, range) = try parseString()
            return JSONNode(.string(text), range: range)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try parseNumber()
        default:
            return try parseLiteral()
        }
    }

    /// Attaches a finished value to the innermost container, then reads `,` or the closing bracket.
    /// Returns the container when it closed, nil when another element follows.
    private mutating func finishElement(_ value: JSONNode) throws(JSONSyntaxError) -> JSONNode? {
        let last = open.count - 1
        let isObject = open[last].isObject
        if isObject {
            open[last].members.append(.init(key: open[last].key, keyRange: open[last].keyRange, value: value))
        } else {
            open[last].elements.append(value)
        }
        let closer = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        skipWhitespace()
        if position < bytes.count, bytes[position] == closer { return close() }
        guard position < bytes.count, bytes[position] == UInt8(ascii: ",") else {
            throw unexpected(isObject ? "',' or '}' after an object member" : "',' or ']' after an array element")
        }
        let comma = position
        position += 1
        skipWhitespace()
        if position < bytes.count, bytes[position] == closer {
            throw JSONSyntaxError(
                JSONMessages.trailingComma(before: isObject ? "}" : "]"),
                at: SourceRange(start: comma, end: comma + 1), help: "remove the comma")
        }
        if isObject { try readKey(expecting: "a string key") }
        return nil
    }

    /// Reads `"key" :` for the innermost (object) container.
    private mutating func readKey(expecting what: String) throws(JSONSyntaxError) {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw unexpected(what) }
        let (key, range) = try parseString()
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
            throw unexpected("':' after the object key")
        }
        position += 1
        open[open.count - 1].key = key
        open[open.count - 1].keyRange = range
    }

    private mutating func push(isObject: Bool) throws(JSONSyntaxError) {
        guard open.count < PositionedJSON.maximumDepth else {
            throw JSONSyntaxError(
                JSONMessages.tooDeep(PositionedJSON.maximumDepth),
                at: SourceRange(start: position, end: position + 1))
        }
        open.append(OpenContainer(isObject: isObject, start: position))
        position += 1
    }

    /// Closes the innermost container; the cursor is on its closing bracket. Only called with a container
    /// open, so `removeLast` cannot trap.
    private mutating func close() -> JSONNode {
        position += 1
        let container = open.removeLast()
        let range = SourceRange(start: container.start, end: position)
        return JSONNode(container.isObject ? .object(container.members) : .array(container.elements), range: range)
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): position += 1
            default: return
            }
        }
    }
}
