extension CSSParser {
    /// attribute-selector: `[` wq-name `]` | `[` wq-name attr-matcher (string | ident) attr-modifier? `]`.
    mutating func parseAttributeSelector(opener: CSSToken) throws(SelectorError) -> AttributeSelector {
        try skipWhitespace()
        var attribute = try parseAttributeName(opener: opener)
        try skipWhitespace()
        var token = try lexer.next()
        if token.kind == .rightBracket { return attribute }
        let op = try parseAttributeMatcher(token, opener: opener)
        try skipWhitespace()
        let valueToken = try lexer.next()
        let value: String
        switch valueToken.kind {
        case .ident(let v), .string(let v): value = v
        default: throw expectedValue(found: valueToken, op: op, at: token)
        }
        var match = AttributeMatch(op: op, value: value)
        try skipWhitespace()
        token = try lexer.next()
        if case .ident(let flag) = token.kind {
            // Chromium does not accept the Selectors 4 `s` flag; the dialect follows it.
            guard let sensitivity = CaseSensitivity(rawValue: Bytes.asciiLowercased(flag)), sensitivity == .insensitive
            else {
                throw SelectorError(
                    message: CSSMessage.unknownAttributeFlag(describe(token)), offset: token.offset,
                    length: token.length)
            }
            match.caseSensitivity = sensitivity
            try skipWhitespace()
            token = try lexer.next()
        }
        guard token.kind == .rightBracket else { throw expectedClosingBracket(found: token, opener: opener) }
        attribute.match = match
        return attribute
    }

    /// wq-name: `name`, `ns|name`, `*|name` or `|name`. A `|` followed by `=` is the `|=` matcher instead.
    private mutating func parseAttributeName(opener: CSSToken) throws(SelectorError) -> AttributeSelector {
        let first = try lexer.next()
        switch first.kind {
        case .ident(let name):
            let bar = try lexer.peek()
            guard bar.isDelim("|"), case .ident = try lexer.peekSecond().kind else {
                return AttributeSelector(name: name)
            }
            _ = try lexer.next()
            return AttributeSelector(namespace: .named(name), name: try parseNameAfterBar(bar, element: false) ?? "")
        case .delim("*"):
            let bar = try lexer.next()
            guard bar.isDelim("|") else {
                throw SelectorError(message: CSSMessage.expectedBarAfterStar, offset: first.offset, length: 1)
            }
            return AttributeSelector(namespace: .any, name: try parseNameAfterBar(bar, element: false) ?? "")
        case .delim("|"):
            return AttributeSelector(
                namespace: NamespacePrefix.none,
                name: try parseNameAfterBar(first, element: false) ?? "")
        default:
            let at = first.isEnd ? opener : first
            throw SelectorError(
                message: CSSMessage.expectedAttributeNameAfterBracket, offset: at.offset,
                length: max(1, at.length))
        }
    }

    /// attr-matcher: `=`, or one of `~ | ^ $ * !` immediately followed by `=`.
    private mutating func parseAttributeMatcher(
        _ token: CSSToken, opener: CSSToken
    ) throws(SelectorError) -> AttributeOperator {
        guard case .delim(let c) = token.kind else { throw expectedClosingBracket(found: token, opener: opener) }
        if c == "=" { return .equals }
        let equals = try lexer.peek()
        guard equals.isDelim("="), let op = AttributeOperator(rawValue: "\(c)=") else {
            throw SelectorError(
                message: CSSMessage.unknownAttributeMatcher(describe(token)), offset: token.offset,
                length: token.length)
        }
        _ = try lexer.next()
        return op
    }

    private func expectedValue(found: CSSToken, op: AttributeOperator, at opToken: CSSToken) -> SelectorError {
        let message = CSSMessage.expectedAttributeValue(after: op.rawValue)
        if found.isEnd {
            return SelectorError(message: message, offset: opToken.offset, length: op.rawValue.utf8.count)
        }
        return SelectorError(message: message, offset: found.offset, length: max(1, found.length))
    }

    private func expectedClosingBracket(found: CSSToken, opener: CSSToken) -> SelectorError {
        if found.isEnd {
            return SelectorError(message: CSSMessage.unclosedAttribute, offset: opener.offset, length: 1)
        }
        return SelectorError(
            message: CSSMessage.expectedClosingBracket(found: describe(found)), offset: found.offset,
            length: max(1, found.length))
    }
}
