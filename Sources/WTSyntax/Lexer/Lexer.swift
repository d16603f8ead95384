import WTDiagnostics

/// Splits a source file into tokens (the token rules at the end of grammar/wt.ebnf).
///
/// Works on the UTF-8 bytes in one pass, so lexing is linear in the input. Problems (an unexpected
/// character, a bad escape, an overflowing integer) are reported and lexing goes on; the token stream
/// always ends with one `.eof` token.
public struct Lexer {
    let file: SourceFile
    let bytes: [UInt8]
    var pos = 0
    var tokens: [Token] = []
    var values: [TokenValue] = []
    var diagnostics: [Diagnostic] = []

    init(file: SourceFile) {
        self.file = file
        self.bytes = file.utf8
        // Roughly one token per five bytes; reserving avoids repeated growth on large files.
        tokens.reserveCapacity(file.utf8.count / 5 + 1)
    }

    /// Tokenizes `file`, emitting lexical errors into `diagnostics`.
    public static func tokenize(_ file: SourceFile, diagnostics: inout DiagnosticEngine) -> TokenList {
        let result = lex(file)
        diagnostics.append(contentsOf: result.diagnostics)
        return result.tokens
    }

    /// Tokens and lexical diagnostics (in source order).
    static func lex(_ file: SourceFile) -> (tokens: TokenList, diagnostics: [Diagnostic]) {
        var lexer = Lexer(file: file)
        lexer.run()
        return (TokenList(tokens: lexer.tokens, values: lexer.values), lexer.diagnostics)
    }

    mutating func run() {
        // A UTF-8 byte-order mark some editors write is not part of the program.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { pos = 3 }
        while let byte = byte(at: pos) {
            switch byte {
            case Byte.space, Byte.tab: pos += 1
            case Byte.lineFeed: add(.newline, from: pos, to: pos + 1)
            case Byte.carriageReturn where self.byte(at: pos + 1) == Byte.lineFeed:
                add(.newline, from: pos, to: pos + 2)
            case Byte.hash: lexComment()
            case Byte.quote: lexString()
            case _ where Byte.isDigit(byte): lexNumber()
            case _ where Byte.isNameStart(byte): lexWord()
            default:
                if !lexPunctuation(byte) { lexUnexpected() }
            }
        }
        tokens.append(Token(.eof, range: .at(bytes.count)))
    }

    /// The byte at `offset`, or nil past the end.
    func byte(at offset: Int) -> UInt8? {
        offset >= 0 && offset < bytes.count ? bytes[offset] : nil
    }

    mutating func add(_ kind: TokenKind, from start: Int, to end: Int, value: TokenValue = .none) {
        var valueIndex = -1
        if value != .none {
            valueIndex = values.count
            values.append(value)
        }
        tokens.append(Token(kind, range: SourceRange(start: start, end: end), valueIndex: valueIndex))
        pos = end
    }

    mutating func report(_ message: DiagnosticMessage, from start: Int, to end: Int, help: String? = nil) {
        let range = SourceRange(start: start, end: end)
        diagnostics.append(Diagnostic(message, span: file.span(of: range), help: help))
    }

    /// The source text of a byte range.
    func text(from start: Int, to end: Int) -> String {
        guard start < end, start >= 0, end <= bytes.count else { return "" }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    mutating func lexComment() {
        let start = pos
        var end = pos + 1
        while let b = byte(at: end), b != Byte.lineFeed,
            !(b == Byte.carriageReturn && byte(at: end + 1) == Byte.lineFeed)
        {
            end += 1
        }
        let body = trimmed(from: start + 1, to: end)
        add(.comment, from: start, to: end, value: .text(body))
    }

    /// The text of a range without surrounding spaces and tabs.
    func trimmed(from start: Int, to end: Int) -> String {
        var lo = start
        var hi = end
        while lo < hi, let b = byte(at: lo), b == Byte.space || b == Byte.tab { lo += 1 }
        while hi > lo, let b = byte(at: hi - 1), b == Byte.space || b == Byte.tab { hi -= 1 }
        return text(from: lo, to: hi)
    }

    mutating func lexWord() {
        let start = pos
        var end = pos
        while let b = byte(at: end), Byte.isNameContinue(b) { end += 1 }
        if let keyword = Keyword.match(bytes, from: start, to: end) {
            add(.keyword(keyword), from: start, to: end)
        } else {
            add(.name, from: start, to: end, value: .text(text(from: start, to: end)))
        }
    }

    /// Reports a run of characters that start no token as one diagnostic, so `@@@` is one mistake.
    mutating func lexUnexpected() {
        let start = pos
        var end = pos
        while startsNoToken(at: end) {
            end += 1
            // Keep multi-byte characters whole.
            while let c = byte(at: end), c & 0xC0 == 0x80 { end += 1 }
        }
        let shown = text(from: start, to: end).unicodeScalars.first.map(Lexer.describe) ?? "?"
        report(SyntaxMessages.unexpectedCharacter(shown), from: start, to: end)
        pos = end
    }

    /// True when the byte at `offset` cannot begin any token or whitespace.
    func startsNoToken(at offset: Int) -> Bool {
        guard let b = byte(at: offset) else { return false }
        if b == Byte.space || b == Byte.tab || b == Byte.lineFeed || b == Byte.hash || b == Byte.quote { return false }
        if b == Byte.carriageReturn { return byte(at: offset + 1) != Byte.lineFeed }
        if Byte.isDigit(b) || Byte.isNameStart(b) { return false }
        return punctuation(at: offset) == nil
    }

    /// A character as a message shows it: printable ones quoted, others as U+XXXX.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        if scalar.value < 0x20 || scalar.value == 0x7F || scalar.properties.isWhitespace {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        return "'\(scalar)'"
    }
}

/// Byte constants and classes for the lexer.
enum Byte {
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let hash = UInt8(ascii: "#")
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let leftBrace = UInt8(ascii: "{")
    static let rightBrace = UInt8(ascii: "}")
    static let dot = UInt8(ascii: ".")
    static let underscore = UInt8(ascii: "_")

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    static func isNameStart(_ b: UInt8) -> Bool { isLetter(b) || b == underscore }
    static func isNameContinue(_ b: UInt8) -> Bool { isNameStart(b) || isDigit(b) }
}
