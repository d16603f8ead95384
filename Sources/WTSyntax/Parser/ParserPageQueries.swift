import WTDiagnostics

/// `page_query`: what an expression can ask of the current page.
extension SyntaxParser {
    /// True when `keyword`, followed by the next token, starts a page query rather than naming a variable:
    /// `text` names a variable only where an expression may end (`text == "x"`, `text then trim`, end of
    /// line); before anything else it is a query, so `count 5` says a locator is missing.
    func startsPageQuery(_ keyword: Keyword) -> Bool {
        let next = peek(1)
        switch keyword {
        case .url, .title: return true
        case .exists, .visible, .hidden, .text, .count, .attr: return !canFollowExpression(next)
        case .value: return next.kind == .keyword(.of)
        default: return false
        }
    }

    /// Tokens that may come right after a complete expression.
    func canFollowExpression(_ t: Token) -> Bool {
        switch t.kind {
        case .newline, .comment, .eof, .rightParen, .rightBracket, .rightBrace, .leftBrace, .comma, .dot, .plus,
            .minus:
            return true
        case .keyword(let keyword):
            switch keyword {
            case .and, .or, .then, .concurrency, .as, .max, .timeout, .have, .with: return true
            default: return false
            }
        default: return comparisonOperator(t.kind) != nil
        }
    }

    /// page_query = "url" | "title" | ( "exists" | "visible" | "hidden" ) locator | "count" ( locator | path )
    ///            | "text" locator | "attr" STRING "of" locator | "value" "of" locator ;
    func parsePageQuery() throws(ParseFailure) -> Expr {
        let t = advance()
        let kind: Expr.Kind
        switch t.kind {
        case .keyword(.url): kind = .url
        case .keyword(.title): kind = .title
        case .keyword(.exists): kind = .exists(try parseLocator())
        case .keyword(.visible): kind = .visible(try parseLocator())
        case .keyword(.hidden): kind = .hidden(try parseLocator())
        case .keyword(.text): kind = .pageText(try parseLocator())
        case .keyword(.attr):
            let name = try parseString()
            try expect(.of)
            kind = .attribute(name, try parseLocator())
        case .keyword(.value):
            try expect(.of)
            kind = .formValue(try parseLocator())
        default: kind = .count(try parseCountSubject())
        }
        return Expr(kind, range: range(from: t.range.start))
    }

    /// The subject of `count`: a locator, or the path of a list.
    func parseCountSubject() throws(ParseFailure) -> CountSubject {
        if startsLocator(peek()) { return .locator(try parseLocator()) }
        if startsName(peek()) { return .path(try parsePathNames()) }
        throw failHere(SyntaxMessages.expectedCountSubject(after:found:))
    }
}
