extension CSSParser {
    /// pseudo-class-selector: `:` ident | `:` function-token any-value `)`. The colon is already consumed.
    mutating func parsePseudoClass(colon: CSSToken, _ context: ListContext) throws(SelectorError) -> PseudoClass {
        let name = try lexer.next()
        let span = CSSToken(kind: name.kind, offset: colon.offset, length: name.end - colon.offset)
        switch name.kind {
        case .ident(let raw):
            let lower = Bytes.asciiLowercased(raw)
            if let keyword = PseudoClassKeyword(rawValue: lower) ?? PseudoClassKeyword.aliases[lower] {
                return .keyword(keyword)
            }
            if DynamicPseudoClass.keywords.contains(lower) { return .dynamic(lower) }
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
        case "is": return .is(try parseForgivingList(opener: opener, name: display))
        case "-webkit-any":
            // Chromium's legacy form: compound selectors only, and not forgiving.
            let list = try parseNestedList(opener: opener, name: display)
            guard list.selectors.allSatisfy(\.links.isEmpty) else {
                throw SelectorError(
                    message: CSSMessage.compoundOnly(display), offset: opener.offset, length: opener.length)
            }
            return .is(list)
        case "where": return .where(try parseForgivingList(opener: opener, name: display))
        case "has":
            guard !insideHas else {
                throw SelectorError(message: CSSMessage.hasInsideHas, offset: opener.offset, length: opener.length)
            }
            insideHas = true
            defer { insideHas = false }
            return .has(try parseNestedRelativeList(opener: opener, name: display))
        case "nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type":
            return try parseNth(name, opener: opener)
        // Chromium reads one identifier and matches it as a prefix (no lists, strings or wildcards).
        case "lang": return .lang(try parseIdentifierList(opener: opener, name: display, single: true))
        case "dir":
            let words = try parseIdentifierList(opener: opener, name: display, single: true)
            return .dir(Bytes.asciiLowercased(words[0]))
        case "contains": return .contains(try parseTextArgument(opener: opener, name: display))
        case "state":
            let words = try parseIdentifierList(opener: opener, name: display, single: true)
            return .dynamic("state(\(words[0]))")
        case "active-view-transition-type":
            let words = try parseIdentifierList(opener: opener, name: display)
            return .dynamic("\(name)(\(words.joined(separator: ", ")))")
        case "host", "host-context":
            let list = try parseNestedList(opener: opener, name: display)
            // One compound selector only.
            guard list.selectors.count == 1, list.selectors.allSatisfy(\.links.isEmpty) else {
                throw SelectorError(
                    message: CSSMessage.compoundOnly(display), offset: opener.offset, length: opener.length)
            }
            return .dynamic("\(name)(\(list))")
        default:
            let length = opener.length - 1  // without the `(`
            throw SelectorError(message: CSSMessage.badPseudoClassFunction(raw), offset: opener.offset, length: length)
        }
    }

    /// Enters one level of nesting, failing past `CSSSelectorParser.maximumNesting`.
    mutating func enterNesting(_ opener: CSSToken) throws(SelectorError) {
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

    /// `:contains()`: one identifier or string.
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

    /// One identifier (`:lang()`, `:dir()`, `:state()`), or several separated by commas: Chromium
    /// accepts neither strings nor empty arguments here.
    private mutating func parseIdentifierList(
        opener: CSSToken, name: String, single: Bool = false
    ) throws(SelectorError) -> [String] {
        var words: [String] = []
        while true {
            try skipWhitespace()
            let token = try lexer.next()
            guard case .ident(let word) = token.kind else {
                if token.isEnd { throw unclosed(opener, name) }
                throw SelectorError(
                    message: CSSMessage.expectedIdentifierArgument(name), offset: token.offset,
                    length: max(1, token.length))
            }
            words.append(word)
            try skipWhitespace()
            guard !single, try lexer.peek().kind == .comma else { break }
            _ = try lexer.next()
        }
        try expectClosingParen(opener: opener, name: name)
        return words
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
