extension CSSParser {
    /// pseudo-element-selector: `::text` or `::attr(name)`; the two colons are next in the input.
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
            guard lower == "text" else {
                throw span.error(CSSMessage.badPseudoElement("::\(raw)", lower: lower), to: name.end)
            }
            value = .text
        case .function(let raw) where Bytes.asciiLowercased(raw) == "attr":
            value = .attr(try parseAttrArgument(opener: span.token(to: name.end)))
        case .function(let raw):
            let lower = Bytes.asciiLowercased(raw)
            let message =
                lower == "text"
                ? CSSMessage.textTakesNoArguments
                : CSSMessage.badPseudoElement("::\(raw)()", lower: lower)
            throw span.error(message, to: name.end - 1)
        default:
            throw SelectorError(message: CSSMessage.expectedPseudoElementName, offset: first.offset, length: 2)
        }
        let text = Bytes.text(lexer.bytes, first.offset..<lexer.position)
        return .init(value: value, misplaced: span.error(CSSMessage.pseudoElementNotLast(text), to: lexer.position))
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
