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

    /// locator_choice = STRING | ( "css" | "xpath" | "testid" | "placeholder" ) STRING
    ///                | ( "label" | "text" ) exact_flag STRING | "role" role_name [ exact_flag STRING ] ;
    func parseLocatorChoice() throws(ParseFailure) -> LocatorChoice {
        let t = peek()
        let kind: LocatorChoice.Kind
        var exact = false
        switch t.kind {
        case .string:
            advance()
            kind = .css(stringValue(of: t))
        case .keyword(.css): kind = .css(try parseKeywordString())
        case .keyword(.xpath): kind = .xpath(try parseKeywordString())
        case .keyword(.label):
            advance()
            exact = parseExactFlag()
            kind = .label(try parseString())
        case .keyword(.testid): kind = .testid(try parseKeywordString())
        case .keyword(.text):
            advance()
            exact = parseExactFlag()
            kind = .text(try parseString())
        case .keyword(.placeholder): kind = .placeholder(try parseKeywordString())
        case .keyword(.role):
            advance()
            let role = try parseRoleName()
            exact = parseExactFlag()
            kind = .role(role, name: exact || at(TokenKind.string) ? try parseString() : nil)
        default:
            throw failHere(SyntaxMessages.expectedLocator(after:found:))
        }
        return LocatorChoice(kind, exact: exact, range: range(from: t.range.start))
    }

    /// exact_flag = [ "exact" ] ; a contextual word: a NAME spelled `exact` right before the string, so
    /// `exact` stays free as a variable name.
    func parseExactFlag() -> Bool {
        let t = peek()
        guard t.kind == .name, text(of: t) == "exact", peek(1).kind == .string else { return false }
        advance()
        return true
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
