/// Splits an XPath 1.0 expression into tokens, applying the disambiguation rules of §3.7, which need the
/// previous token and a look at the characters after a name.
struct XPathLexer {
    let bytes: [UInt8]
    var position = 0
    var tokens: [XPathToken] = []

    init(_ text: String) { bytes = Array(text.utf8) }

    /// All tokens, ending with `.end`.
    static func tokenize(_ text: String) throws(SelectorError) -> (tokens: [XPathToken], bytes: [UInt8]) {
        var lexer = XPathLexer(text)
        while true {
            lexer.skipWhitespace()
            let start = lexer.position
            guard start < lexer.bytes.count else { break }
            let kind = try lexer.lexToken()
            lexer.tokens.append(XPathToken(kind: kind, offset: start, length: lexer.position - start))
        }
        lexer.tokens.append(XPathToken(kind: .end, offset: lexer.bytes.count, length: 0))
        return (lexer.tokens, lexer.bytes)
    }

    private var operandExpected: Bool { tokens.last.map(\.startsOperand) ?? true }

    private mutating func lexToken() throws(SelectorError) -> XPathToken.Kind {
        let b = bytes[position]
        if let kind = lexPunctuation(b) { return kind }
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return try lexLiteral(quote: b)
        case UInt8(ascii: "$"): return try lexVariable()
        case UInt8(ascii: "."): return lexDot()
        case _ where Bytes.isDigit(b): return lexNumber()
        case _ where Self.isNameStart(b): return try lexName()
        default: throw unexpectedCharacter()
        }
    }

    /// Single- and double-character punctuation and operators.
    private mutating func lexPunctuation(_ b: UInt8) -> XPathToken.Kind? {
        let next = byte(at: position + 1)
        let pairs: [UInt8: (UInt8, XPathToken.Kind, XPathToken.Kind?)] = [
            UInt8(ascii: "/"): (UInt8(ascii: "/"), .doubleSlash, .slash),
            UInt8(ascii: "<"): (UInt8(ascii: "="), .lessOrEqual, .less),
            UInt8(ascii: ">"): (UInt8(ascii: "="), .greaterOrEqual, .greater),
            UInt8(ascii: "!"): (UInt8(ascii: "="), .notEqual, nil),
            UInt8(ascii: ":"): (UInt8(ascii: ":"), .colonColon, nil),
        ]
        if let (second, double, single) = pairs[b] {
            if next == second {
                position += 2
                return double
            }
            guard let single else { return nil }
            position += 1
            return single
        }
        let singles: [UInt8: XPathToken.Kind] = [
            UInt8(ascii: "("): .leftParen, UInt8(ascii: ")"): .rightParen, UInt8(ascii: "["): .leftBracket,
            UInt8(ascii: "]"): .rightBracket, UInt8(ascii: "@"): .at, UInt8(ascii: ","): .comma,
            UInt8(ascii: "|"): .pipe, UInt8(ascii: "+"): .plus, UInt8(ascii: "-"): .minus, UInt8(ascii: "="): .equal,
        ]
        if let kind = singles[b] {
            position += 1
            return kind
        }
        if b == UInt8(ascii: "*") {
            position += 1
            return operandExpected ? .nameTest("*") : .multiply
        }
        return nil
    }

    private mutating func lexLiteral(quote: UInt8) throws(SelectorError) -> XPathToken.Kind {
        let start = position
        position += 1
        while let b = byte(at: position), b != quote { position += 1 }
        guard position < bytes.count else {
            let q = quote == UInt8(ascii: "\"") ? "'\"'" : "\"'\""
            throw SelectorError(message: XPathMessage.unclosedLiteral(q), offset: start, length: position - start)
        }
        position += 1
        return .literal(Bytes.text(bytes, (start + 1)..<(position - 1)))
    }

    private mutating func lexVariable() throws(SelectorError) -> XPathToken.Kind {
        let dollar = position
        position += 1
        guard let b = byte(at: position), Self.isNameStart(b) else {
            throw SelectorError(message: XPathMessage.expectedVariableName, offset: dollar, length: 1)
        }
        return .variable(try lexQName(allowWildcard: false))
    }

    /// `.`, `..`, or a number such as `.5`.
    private mutating func lexDot() -> XPathToken.Kind {
        if let d = byte(at: position + 1), Bytes.isDigit(d) { return lexNumber() }
        if byte(at: position + 1) == UInt8(ascii: ".") {
            position += 2
            return .dotDot
        }
        position += 1
        return .dot
    }

    /// Number ::= Digits ('.' Digits?)? | '.' Digits
    private mutating func lexNumber() -> XPathToken.Kind {
        let start = position
        while let d = byte(at: position), Bytes.isDigit(d) { position += 1 }
        if byte(at: position) == UInt8(ascii: ".") {
            position += 1
            while let d = byte(at: position), Bytes.isDigit(d) { position += 1 }
        }
        return .number(Bytes.text(bytes, start..<position))
    }

    func byte(at i: Int) -> UInt8? { i < bytes.count ? bytes[i] : nil }

    mutating func skipWhitespace() {
        while let b = byte(at: position), Bytes.isXPathWhitespace(b) { position += 1 }
    }

    private func unexpectedCharacter() -> SelectorError {
        let length = min(Bytes.scalarLength(lead: bytes[position]), bytes.count - position)
        let text = Bytes.text(bytes, position..<(position + length))
        let message = text == "!" ? XPathMessage.lonelyBang : XPathMessage.unexpectedCharacter(text)
        return SelectorError(message: message, offset: position, length: length)
    }
}
