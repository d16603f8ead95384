extension CSSParser {
    /// pseudo-class-selector: `:` ident | `:` function-token any-value `)`. The colon is already consumed.
    mutating func parsePseudoClass(colon: CSSToken, _ context: ListContext) throws(SelectorError) -> PseudoClass {
        let name = try lexer.next()
        let span = CSSToken(kind: name.kind, offset: colon.offset, length: name.end - colon.offset)
        switch name.kind {
        case .ident(let raw):
            if let keyword = PseudoClassKeyword(rawValue: Bytes.asciiLowercased(raw)) { return .keyword(keyword) }
            throw SelectorError(message: CSSMessage.badPseudoClassIdent(raw), offset: span.offset, length: span.length)
        case .function(let raw):
            return try parseFunctionalPseudoClass(Bytes.asciiLowercased(raw), raw: raw, opener: span)
        default:
            throw SelectorError(message: CSSMessage.expectedPseudoClassName, offset: colon.offset, length: 1)
        }
    }

    /// The argument of `:name(`; `opener` spans `:name(`.
    private mutating func parseFunctionalPseudoClass(
        _ name: String, raw: String, opener: CSSToken
    ) throws(SelectorError) -> PseudoClass {
        let display = ":\(name)()"
        switch name {
        case "not": return .not(try parseNestedList(opener: opener, name: display))
        case "is", "matches": return .is(try parseNestedList(opener: opener, name: display))
        case "where": return .where(try parseNestedList(opener: opener, name: display))
        case "has": return .has(try parseNestedRelativeList(opener: opener, name: display))
        case "nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type":
            return try parseNth(name, opener: opener)
        case "lang": return .lang(try parseTextArgument(opener: opener, name: display))
        case "contains": return .contains(try parseTextArgument(opener: opener, name: display))
        default:
            let length = opener.length - 1  // without the `(`
            throw SelectorError(message: CSSMessage.badPseudoClassFunction(raw), offset: opener.offset, length: length)
        }
    }

    /// Enters one level of nesting, failing past `CSSSelectorParser.maximumNesting`.
    private mutating func enterNesting(_ opener: CSSToken) throws(SelectorError) {
        depth += 1
        guard depth <= CSSSelectorParser.maximumNesting else {
            throw SelectorError(
                message: CSSMessage.nestedTooDeeply(CSSSelectorParser.maximumNesting),
                offset: opener.offset, length: opener.length)
        }
    }

    /// A selector list up to and including the closing `)`.
    mutating func parseNestedList(opener: CSSToken, name: String) throws(SelectorError) -> SelectorList {
        try enterNesting(opener)
        defer { depth -= 1 }
        let list = try parseSelectorList(ListContext(opener: opener, name: name))
        _ = try lexer.next()  // the `)` that ended the list
        return list
    }

    private mutating func parseNestedRelativeList(
        opener: CSSToken, name: String
    ) throws(SelectorError) -> [RelativeSelector] {
        try enterNesting(opener)
        defer { depth -= 1 }
        let list = try parseRelativeSelectorList(ListContext(opener: opener, name: name, isRelative: true))
        _ = try lexer.next()
        return list
    }

    /// `:lang()` and `:contains()`: one identifier or string.
    private mutating func parseTextArgument(opener: CSSToken, name: String) throws(SelectorError) -> String {
        try skipWhitespace()
        let token = try lexer.next()
        let value: String
        switch token.kind {
        case .ident(let v), .string(let v): value = v
        case .end: throw unclosed(opener, name)
        default:
            throw SelectorError(
                message: CSSMessage.expectedTextArgument(name), offset: token.offset,
                length: max(1, token.length))
        }
        try expectClosingParen(opener: opener, name: name)
        return value
    }

    /// Skips whitespace and consumes the `)` that closes `opener`.
    mutating func expectClosingParen(opener: CSSToken, name: String) throws(SelectorError) {
        try skipWhitespace()
        let token = try lexer.next()
        guard token.kind != .rightParen else { return }
        if token.isEnd { throw unclosed(opener, name) }
        throw SelectorError(
            message: CSSMessage.expectedClosingParen(name, found: describe(token)),
            offset: token.offset, length: max(1, token.length))
    }

    func unclosed(_ opener: CSSToken, _ name: String) -> SelectorError {
        SelectorError(message: CSSMessage.unclosedFunction(name), offset: opener.offset, length: opener.length)
    }
}
