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
        case .ident(let word) where Bytes.asciiLowercased(word) == "of":
            guard allowsOf else {
                throw SelectorError(message: CSSMessage.ofNotAllowed(display), offset: next.offset, length: next.length)
            }
            _ = try lexer.next()
            selectors = try parseNestedList(opener: opener, name: display)
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
}
