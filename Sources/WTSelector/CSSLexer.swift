/// Turns selector text into `CSSToken`s on demand.
///
/// The lexer is a value: `peek()` copies it and reads ahead, and the an+b scanner can move `position`
/// directly, which is why tokens are produced lazily instead of all at once.
struct CSSLexer {
    let bytes: [UInt8]
    var position = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    /// The next token without consuming it.
    func peek() throws(SelectorError) -> CSSToken {
        var copy = self
        return try copy.next()
    }

    /// The token after the next one.
    func peekSecond() throws(SelectorError) -> CSSToken {
        var copy = self
        _ = try copy.next()
        return try copy.next()
    }

    /// The third token from here.
    func peekThird() throws(SelectorError) -> CSSToken {
        var copy = self
        _ = try copy.next()
        _ = try copy.next()
        return try copy.next()
    }

    /// Consumes and returns the next token. Comments are skipped without producing whitespace, as in CSS.
    mutating func next() throws(SelectorError) -> CSSToken {
        try skipComments()
        let start = position
        guard let b = byte(at: position) else { return CSSToken(kind: .end, offset: start, length: 0) }
        let kind = try lexToken(startingWith: b)
        return CSSToken(kind: kind, offset: start, length: position - start)
    }

    private mutating func lexToken(startingWith b: UInt8) throws(SelectorError) -> CSSToken.Kind {
        switch b {
        case _ where Bytes.isCSSWhitespace(b):
            while let w = byte(at: position), Bytes.isCSSWhitespace(w) { position += 1 }
            return .whitespace
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return .string(try lexString(quote: b))
        case UInt8(ascii: "#") where startsName(at: position + 1):
            position += 1
            let isIdentifier = startsIdentifier(at: position)
            return .hash(try lexName(), isIdentifier: isIdentifier)
        case UInt8(ascii: "@") where startsIdentifier(at: position + 1):
            position += 1
            return .atKeyword(try lexName())
        case _ where startsNumber(at: position):
            return lexNumeric()
        case _ where startsIdentifier(at: position):
            return try lexIdentLike()
        case UInt8(ascii: "\\"):
            throw SelectorError(message: CSSMessage.invalidEscape, offset: position, length: 1)
        default:
            return lexPunctuation()
        }
    }

    private mutating func lexPunctuation() -> CSSToken.Kind {
        let b = bytes[position]
        let simple: [UInt8: CSSToken.Kind] = [
            UInt8(ascii: ":"): .colon, UInt8(ascii: ","): .comma, UInt8(ascii: "["): .leftBracket,
            UInt8(ascii: "]"): .rightBracket, UInt8(ascii: "("): .leftParen, UInt8(ascii: ")"): .rightParen,
        ]
        if let kind = simple[b] {
            position += 1
            return kind
        }
        let length = min(Bytes.scalarLength(lead: b), bytes.count - position)
        let text = Bytes.text(bytes, position..<(position + length))
        position += length
        return .delim(text.unicodeScalars.first ?? "\u{FFFD}")
    }

    private mutating func lexIdentLike() throws(SelectorError) -> CSSToken.Kind {
        let name = try lexName()
        if byte(at: position) == UInt8(ascii: "(") {
            position += 1
            return .function(name)
        }
        return .ident(name)
    }

    /// Number, percentage or dimension, consumed greedily so `34test` is one token, as in CSS.
    private mutating func lexNumeric() -> CSSToken.Kind {
        let start = position
        if let s = byte(at: position), s == UInt8(ascii: "+") || s == UInt8(ascii: "-") { position += 1 }
        skipDigits()
        if byte(at: position) == UInt8(ascii: "."), let d = byte(at: position + 1), Bytes.isDigit(d) {
            position += 1
            skipDigits()
        }
        if startsIdentifier(at: position) {
            _ = try? lexName()
        } else if byte(at: position) == UInt8(ascii: "%") {
            position += 1
        }
        return .numeric(Bytes.text(bytes, start..<position))
    }

    private mutating func skipDigits() {
        while let d = byte(at: position), Bytes.isDigit(d) { position += 1 }
    }

    /// Consumes a quoted string; a raw newline or the end of input before the closing quote is an error.
    private mutating func lexString(quote: UInt8) throws(SelectorError) -> String {
        let start = position
        position += 1
        var value: [UInt8] = []
        while let b = byte(at: position) {
            if b == quote {
                position += 1
                return String(decoding: value, as: UTF8.self)
            }
            if Bytes.isNewline(b) { break }
            if b == UInt8(ascii: "\\") {
                try appendStringEscape(to: &value)
            } else {
                value.append(b)
                position += 1
            }
        }
        let quoteText = quote == UInt8(ascii: "\"") ? "'\"'" : "\"'\""
        throw SelectorError(message: CSSMessage.unclosedString(quoteText), offset: start, length: position - start)
    }

    /// In strings, `\` + newline is a line continuation and `\` at the end of input is dropped.
    private mutating func appendStringEscape(to value: inout [UInt8]) throws(SelectorError) {
        guard let next = byte(at: position + 1) else {
            position += 1
            return
        }
        if Bytes.isNewline(next) {
            position += next == 0x0D && byte(at: position + 2) == 0x0A ? 3 : 2
            return
        }
        value.append(contentsOf: try consumeEscape())
    }

    private func byte(at i: Int) -> UInt8? { i >= 0 && i < bytes.count ? bytes[i] : nil }

    private mutating func skipComments() throws(SelectorError) {
        while byte(at: position) == UInt8(ascii: "/") && byte(at: position + 1) == UInt8(ascii: "*") {
            guard let end = Self.commentEnd(bytes, from: position + 2) else {
                throw SelectorError(message: CSSMessage.unclosedComment, offset: position, length: 2)
            }
            position = end
        }
    }

    /// The offset just past the `*/` that closes a comment whose body starts at `from`; nil if unclosed.
    static func commentEnd(_ bytes: [UInt8], from: Int) -> Int? {
        var i = from
        while i + 1 < bytes.count {
            if bytes[i] == UInt8(ascii: "*") && bytes[i + 1] == UInt8(ascii: "/") { return i + 2 }
            i += 1
        }
        return nil
    }
}
