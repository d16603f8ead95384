extension CSSParser {
    /// `:nth-child(an+b)`, `:nth-child(an+b of S)` and the other three `:nth-*()` pseudo-classes.
    mutating func parseNth(_ name: String, opener: CSSToken) throws(SelectorError) -> PseudoClass {
        let display = ":\(name)()"
        let allowsOf = name == "nth-child" || name == "nth-last-child"
        var scanner = AnPlusBScanner(bytes: lexer.bytes, position: lexer.position)
        guard let value = scanner.scan() else { throw invalidAnPlusB(opener: opener, name: display) }
        lexer.position = scanner.position
        try skipWhitespace()
        let next = try lexer.peek()
        var selectors: SelectorList?
        switch next.kind {
        case .rightParen:
            _ = try lexer.next()
        case .end:
            throw unclosed(opener, display)
        // Chromium reads `of` case-sensitively (`2 OF .x` is invalid).
        case .ident(let word) where word == "of":
            guard allowsOf else {
                throw SelectorError(message: CSSMessage.ofNotAllowed(display), offset: next.offset, length: next.length)
            }
            _ = try lexer.next()
            selectors = try parseOfList(opener: opener, name: display)
        default:
            throw invalidAnPlusB(opener: opener, name: display)
        }
        switch name {
        case "nth-child": return .nthChild(value, of: selectors)
        case "nth-last-child": return .nthLastChild(value, of: selectors)
        case "nth-of-type": return .nthOfType(value)
        default: return .nthLastOfType(value)
        }
    }

    /// The error for a malformed an+b argument, quoting it: everything up to the next `)`, trimmed.
    private func invalidAnPlusB(opener: CSSToken, name: String) -> SelectorError {
        let bytes = lexer.bytes
        var start = opener.end
        while start < bytes.count, Bytes.isCSSWhitespace(bytes[start]) { start += 1 }
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: ")") { end += 1 }
        while end > start, Bytes.isCSSWhitespace(bytes[end - 1]) { end -= 1 }
        guard end > start else {
            let at = start < bytes.count ? start : opener.offset
            let length = start < bytes.count ? 1 : opener.length
            return SelectorError(message: CSSMessage.expectedAnPlusB(name), offset: at, length: length)
        }
        let text = Bytes.text(bytes, start..<end)
        return SelectorError(message: CSSMessage.invalidAnPlusB(text), offset: start, length: end - start)
    }

    /// The `S` of `of S`: forgiving as Chromium reads it (`2 of span, ::before` keeps `span`), but at
    /// least one selector must be written.
    private mutating func parseOfList(opener: CSSToken, name: String) throws(SelectorError) -> SelectorList {
        try enterNesting(opener)
        defer { depth -= 1 }
        // `of > li`, `of ,li`: a leading combinator or comma is an error, not a dropped item (as in Chromium).
        try skipWhitespace()
        let first = try lexer.peek()
        let startsWithCombinator =
            first.isDelim(">") || first.isDelim("+") || first.isDelim("~") || first.kind == .comma
        var kept: [ComplexSelector] = []
        let written = try forEachForgivingItem(opener: opener, name: name) { parser throws(SelectorError) in
            try kept.append(parser.parseComplexSelector(ListContext(opener: opener, name: name), after: nil).selector)
        }
        // Unlike `:is()`, a trailing comma is an error here (as in Chromium).
        let last = lexer.bytes[..<(lexer.position - 1)].last { !Bytes.isCSSWhitespace($0) }
        guard written > 0, last != UInt8(ascii: ","), !startsWithCombinator else {
            throw SelectorError(
                message: CSSMessage.expectedSelectorInside(name), offset: opener.offset, length: opener.length)
        }
        return SelectorList(kept)
    }
}
