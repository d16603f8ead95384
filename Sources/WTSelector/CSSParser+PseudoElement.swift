extension CSSParser {
    /// pseudo-element-selector: `::text`, `::attr(name)`, or one of the browser's pseudo-elements
    /// (`::before`, `::part(x)`, any `::-webkit-…`), which select nothing; the two colons are next.
    mutating func parsePseudoElement(_ context: ListContext) throws(SelectorError) -> ParsedCompound.Pseudo {
        let first = try lexer.next()
        _ = try lexer.next()
        let name = try lexer.next()
        let span = SpanBuilder(start: first.offset)
        guard context.allowsPseudoElement else {
            throw SelectorError(
                message: CSSMessage.pseudoElementInside(context.name), offset: first.offset,
                length: max(2, name.end - first.offset))
        }
        let value: PseudoElement
        switch name.kind {
        case .ident(let raw):
            let lower = Bytes.asciiLowercased(raw)
            if lower == "text" {
                value = .text
            } else if CSSMessage.browserPseudoElements.contains(lower) || lower.hasPrefix("-webkit-") {
                value = .other(lower)
            } else {
                throw span.error(CSSMessage.badPseudoElement("::\(raw)"), to: name.end)
            }
        case .function(let raw) where Bytes.asciiLowercased(raw) == "attr":
            value = .attr(try parseAttrArgument(opener: span.token(to: name.end)))
        case .function(let raw) where CSSMessage.browserPseudoElementFunctions.contains(Bytes.asciiLowercased(raw)):
            let argument = try skipBalancedArgument(opener: span.token(to: name.end), name: "::\(raw)()")
            // Chromium: `::part()`, `::slotted()` and `::highlight()` need an argument, and `::slotted()`
            // takes one compound selector.
            let lower = Bytes.asciiLowercased(raw)
            if argument.isEmpty && ["part", "slotted", "highlight"].contains(lower)
                || lower == "slotted" && argument.contains(where: { " \t\n>+~,".contains($0) })
            {
                throw span.error(CSSMessage.badPseudoElementArgument("::\(raw)()"), to: lexer.position)
            }
            value = .other("\(Bytes.asciiLowercased(raw))(\(argument))")
        case .function(let raw):
            let lower = Bytes.asciiLowercased(raw)
            let message =
                lower == "text" ? CSSMessage.textTakesNoArguments : CSSMessage.badPseudoElement("::\(raw)()")
            throw span.error(message, to: name.end - 1)
        default:
            throw SelectorError(message: CSSMessage.expectedPseudoElementName, offset: first.offset, length: 2)
        }
        let text = Bytes.text(lexer.bytes, first.offset..<lexer.position)
        return .init(value: value, misplaced: span.error(CSSMessage.pseudoElementNotLast(text), to: lexer.position))
    }

    /// `:before`, `:after`, `:first-line`, `:first-letter`: CSS 2's one-colon pseudo-elements, if next.
    mutating func parseLegacyPseudoElement(_ context: ListContext) throws(SelectorError) -> ParsedCompound.Pseudo? {
        guard try lexer.peek().kind == .colon, case .ident(let raw) = try lexer.peekSecond().kind,
            CSSMessage.legacyPseudoElements.contains(Bytes.asciiLowercased(raw))
        else { return nil }
        let colon = try lexer.next()
        let name = try lexer.next()
        let span = SpanBuilder(start: colon.offset)
        guard context.allowsPseudoElement else {
            throw span.error(CSSMessage.pseudoElementInside(context.name), to: name.end)
        }
        let text = Bytes.text(lexer.bytes, colon.offset..<lexer.position)
        return .init(
            value: .other(Bytes.asciiLowercased(raw)),
            misplaced: span.error(CSSMessage.pseudoElementNotLast(text), to: lexer.position))
    }

    /// The raw text of a functional pseudo-element's argument up to its `)` (consumed), trimmed.
    private mutating func skipBalancedArgument(opener: CSSToken, name: String) throws(SelectorError) -> String {
        let start = lexer.position
        var level = 0
        while true {
            let token = try lexer.next()
            switch token.kind {
            case .end: throw unclosed(opener, name)
            case .function, .leftParen, .leftBracket: level += 1
            case .rightBracket: level -= 1
            case .rightParen:
                if level == 0 {
                    let text = Bytes.text(lexer.bytes, start..<token.offset)
                    return text.trimmingASCIIWhitespace()
                }
                level -= 1
            default: break
            }
        }
    }

    /// The attribute name inside `::attr(…)`, then the closing `)`.
    private mutating func parseAttrArgument(opener: CSSToken) throws(SelectorError) -> String {
        try skipWhitespace()
        let token = try lexer.next()
        guard case .ident(let name) = token.kind else {
            if token.isEnd { throw unclosed(opener, "::attr()") }
            throw SelectorError(
                message: CSSMessage.expectedAttrArgument, offset: token.offset,
                length: max(1, token.length))
        }
        try expectClosingParen(opener: opener, name: "::attr()")
        return name
    }
}

extension String {
    /// Without leading and trailing ASCII whitespace.
    func trimmingASCIIWhitespace() -> String {
        let bytes = Array(utf8)
        var start = 0
        var end = bytes.count
        while start < end, Bytes.isCSSWhitespace(bytes[start]) { start += 1 }
        while end > start, Bytes.isCSSWhitespace(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

/// Builds errors and tokens that start at a fixed offset (the first colon of a pseudo-element).
struct SpanBuilder {
    var start: Int

    func error(_ message: String, to end: Int) -> SelectorError {
        SelectorError(message: message, offset: start, length: max(1, end - start))
    }

    func token(to end: Int) -> CSSToken {
        CSSToken(kind: .colon, offset: start, length: end - start)
    }
}
