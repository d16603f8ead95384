import WTDiagnostics

/// `locator`, `locator_choice` and `role_name`.
extension SyntaxParser {
    /// True when `t` can start a locator: a string or one of the locator keywords.
    func startsLocator(_ t: Token) -> Bool {
        t.kind == .string || t.keyword?.startsLocator == true
    }

    /// locator = [ "first" ] locator_choice { "|" locator_choice } ;
    func parseLocator() throws(ParseFailure) -> Locator {
        let start = peek().range.start
        guard startsLocator(peek()) else { throw failHere(SyntaxMessages.expectedLocator(after:found:)) }
        let first = consume(.first) != nil
        var choices = [try parseLocatorChoice()]
        while consume(.pipe) != nil {
            choices.append(try parseLocatorChoice())
        }
        return Locator(first: first, choices: choices, range: range(from: start))
    }

    /// locator_choice = STRING | ( "css" | "xpath" | "label" | "testid" | "text" | "placeholder" ) STRING
    ///                | "role" role_name [ STRING ] ;
    func parseLocatorChoice() throws(ParseFailure) -> LocatorChoice {
        let t = peek()
        let kind: LocatorChoice.Kind
        switch t.kind {
        case .string:
            advance()
            kind = .css(stringValue(of: t))
        case .keyword(.css): kind = .css(try parseKeywordString())
        case .keyword(.xpath): kind = .xpath(try parseKeywordString())
        case .keyword(.label): kind = .label(try parseKeywordString())
        case .keyword(.testid): kind = .testid(try parseKeywordString())
        case .keyword(.text): kind = .text(try parseKeywordString())
        case .keyword(.placeholder): kind = .placeholder(try parseKeywordString())
        case .keyword(.role):
            advance()
            let role = try parseRoleName()
            kind = .role(role, name: at(TokenKind.string) ? try parseString() : nil)
        default:
            throw failHere(SyntaxMessages.expectedLocator(after:found:))
        }
        return LocatorChoice(kind, range: range(from: t.range.start))
    }

    /// A locator keyword and the string after it.
    func parseKeywordString() throws(ParseFailure) -> StringLiteral {
        advance()
        return try parseString()
    }

    /// role_name = NAME | keyword ; ARIA roles such as `option` or `checkbox` may be keywords.
    func parseRoleName() throws(ParseFailure) -> Identifier {
        try parseFieldName()
    }
}
