import WTDiagnostics

/// The path of a `json "…"` extraction: dotted keys with `[n]` (an index, negative from the end) and
/// `[*]` (every element of an array, or every value of an object) — `items[*].name`, `data.rows[0]`,
/// `$.total`. A leading `$` names the document itself and may be left out; `$` alone reads the whole
/// document (the empty path is refused). Keys are the text between the dots and brackets.
///
/// Reading follows every branch: a path with a `[*]` yields a list (flattened, in document order); one
/// without yields one value. The syntax is checked by the checker, the reading done by the interpreter.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    public enum Step: Sendable, Hashable {
        case key(String)
        case index(Int)
        case all
    }

    public var steps: [Step]

    public init(steps: [Step]) {
        self.steps = steps
    }

    /// True when the path has a `[*]`, so it yields a list.
    public var yieldsList: Bool { steps.contains(.all) }

    public var description: String {
        var out = "$"
        for step in steps {
            switch step {
            case .key(let k): out += ".\(k)"
            case .index(let i): out += "[\(i)]"
            case .all: out += "[*]"
            }
        }
        return out
    }

    /// Why a path does not parse, with the byte offset in the path where it went wrong.
    public struct SyntaxError: Error, Sendable, Hashable {
        public var offset: Int
        public var message: String
    }

    /// Parses `text`; throws at the first character that does not fit.
    public static func parse(_ text: String) throws(SyntaxError) -> JSONPath {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { throw SyntaxError(offset: 0, message: Messages.empty) }
        var i = 0
        var steps: [Step] = []
        if bytes[0] == UInt8(ascii: "$") { i = 1 }
        var needKey = i == 0 && bytes[0] != UInt8(ascii: "[")
        while i < bytes.count || needKey {
            if needKey {
                let start = i
                while i < bytes.count, !".[]".utf8.contains(bytes[i]) { i += 1 }
                guard i > start else { throw SyntaxError(offset: start, message: Messages.missingKey) }
                steps.append(.key(String(decoding: bytes[start..<i], as: UTF8.self)))
                needKey = false
                continue
            }
            switch bytes[i] {
            case UInt8(ascii: "."):
                i += 1
                needKey = true
            case UInt8(ascii: "["):
                let (step, end) = try bracket(bytes, at: i)
                steps.append(step)
                i = end
            default:
                throw SyntaxError(offset: i, message: Messages.expectedStep(after: JSONPath(steps: steps)))
            }
        }
        return JSONPath(steps: steps)
    }

    /// `[*]` or `[n]` starting at `start`; the step and the offset after `]`.
    private static func bracket(_ bytes: [UInt8], at start: Int) throws(SyntaxError) -> (Step, Int) {
        guard let close = bytes[start...].firstIndex(of: UInt8(ascii: "]")) else {
            throw SyntaxError(offset: start, message: Messages.unclosed)
        }
        let inner = String(decoding: bytes[(start + 1)..<close], as: UTF8.self)
        if inner == "*" { return (.all, close + 1) }
        guard let index = Int(inner) else {
            throw SyntaxError(offset: start + 1, message: Messages.badIndex)
        }
        return (.index(index), close + 1)
    }
}

/// The messages of `JSONPath.parse`, shown by the checker as `invalid JSON path: …`.
private enum Messages {
    static let empty = "the path is empty; write $ for the whole document"
    static let missingKey = "a key is missing here"
    static let unclosed = "'[' is not closed"
    static let badIndex = "write [*] or a whole number such as [0] between the brackets"
    static func expectedStep(after path: JSONPath) -> String { "expected '.' or '[' after \(path)" }
}
