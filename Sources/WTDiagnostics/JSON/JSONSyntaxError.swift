/// Why a JSON document could not be read, and where. Thrown by `PositionedJSON.parse`.
///
/// The reader stops at the first problem: after a syntax error in JSON there is no reliable way to tell
/// which bracket the rest of the text belongs to, so further findings would mostly be noise.
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The offending bytes; empty at the end of the input.
    public let range: SourceRange
    /// What went wrong, from `JSONMessages` (id `json.syntax`).
    public let message: DiagnosticMessage
    /// What to do about it, when there is something better to say than the message.
    public let help: String?

    init(_ message: DiagnosticMessage, at range: SourceRange, help: String? = nil) {
        self.range = range
        self.message = message
        self.help = help
    }

    /// The byte offset of the problem.
    public var offset: Int { range.start }

    /// The error as a diagnostic placed in `file`, the file that was parsed.
    public func diagnostic(in file: SourceFile) -> Diagnostic {
        Diagnostic(message, span: file.span(of: range), help: help)
    }

    public var description: String { "\(message.text) (at byte \(offset))" }
}

/// The messages of the JSON reader. They share one id, `json.syntax`: callers branch on "the file is
/// not JSON", never on which rule it broke, and the text says the rest.
public enum JSONMessages {
    public static let id = "json.syntax"

    private static func syntax(_ text: String) -> DiagnosticMessage { .init(id, .error, text) }

    public static func expected(_ what: String, found: String) -> DiagnosticMessage {
        syntax("expected \(what), found \(found)")
    }
    public static func unexpectedEnd(expected what: String) -> DiagnosticMessage {
        syntax("unexpected end of input; expected \(what)")
    }
    public static func trailingComma(before closer: String) -> DiagnosticMessage {
        syntax("trailing comma before '\(closer)' is not allowed in JSON")
    }
    public static let comment = syntax("comments are not allowed in JSON")
    public static let singleQuotes = syntax("strings in JSON use double quotes, not single quotes")
    public static func unknownWord(_ word: String) -> DiagnosticMessage {
        syntax("unexpected '\(word)'; expected a JSON value (true, false and null are lowercase)")
    }
    public static let unterminatedString = syntax("unterminated string")
    public static func controlCharacter(_ value: UInt32) -> DiagnosticMessage {
        syntax("unescaped control character \(hex(value)) in a string")
    }
    public static func invalidEscape(_ text: String) -> DiagnosticMessage {
        syntax("invalid escape '\\\(text)'")
    }
    public static let invalidUnicodeEscape = syntax("'\\u' must be followed by four hexadecimal digits")
    public static func loneSurrogate(_ value: UInt32) -> DiagnosticMessage {
        syntax("unpaired surrogate '\\u\(hexDigits(value))' in a string")
    }
    public static let leadingZeros = syntax("leading zeros are not allowed")
    public static func digitExpected(after what: String) -> DiagnosticMessage {
        syntax("expected a digit after \(what)")
    }
    public static let trailingCharacters = syntax("trailing characters after the JSON value")
    public static func tooDeep(_ limit: Int) -> DiagnosticMessage {
        syntax("arrays and objects are nested more than \(limit) levels deep")
    }

    static func hex(_ value: UInt32) -> String { "U+" + hexDigits(value) }

    static func hexDigits(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
