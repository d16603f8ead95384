import WTDiagnostics

/// `statement` and `step` with every step production.
extension SyntaxParser {
    /// statement = ( step | control | binding | expect_stmt ) NEWLINE ;
    ///
    /// On an error the statement is dropped and the parser resynchronises at the end of its line. When only
    /// the line end is wrong (`} click …`) the statement is kept.
    func parseStatement(leading: [Comment], blank: Bool) -> Statement? {
        let start = peek().range.start
        let saved = openFrame()
        var kind: Statement.Kind?
        do {
            kind = try parseStep() ?? parseControl() ?? parseBinding() ?? parseExpectStmt()
            if kind == nil { throw failStatement() }
        } catch {
            recoverStatement()
        }
        let end = lastEnd
        if kind != nil {
            do { try expectLineEnd() } catch { recoverToLineEnd() }
        }
        let (trailing, inner) = closeFrame(saved)
        guard let kind else { return nil }
        let trivia = Trivia(leadingComments: leading + inner, trailingComment: trailing, blankLineBefore: blank)
        return Statement(kind, trivia: trivia, range: SourceRange(start: start, end: max(start, end)))
    }

    /// A line that starts with no statement keyword.
    func failStatement() -> ParseFailure {
        let t = peek()
        let help: String
        switch t.kind {
        case .name: help = SyntaxMessages.Help.bindName
        case .keyword(.else): help = SyntaxMessages.Help.elseSameLine
        default: help = SyntaxMessages.Help.statement
        }
        return fail(SyntaxMessages.expectedStatement(found: describe(t)), at: t.range, help: help)
    }

    /// step = open_step | click_step | … | within_step ; nil when the next token starts no step.
    func parseStep() throws(ParseFailure) -> Statement.Kind? {
        switch peek().keyword {
        case .open: return try parseOpenStep()
        case .click: return try parseClickStep()
        case .fill: return try parseFillStep()
        case .select: return try parseSelectStep()
        case .check, .uncheck: return try parseCheckStep()
        case .press: return try parsePressStep()
        case .scroll: return try parseScrollStep()
        case .wait: return try parseWaitStep()
        case .back: return parseBackStep()
        case .download: return try parseDownloadStep()
        case .within: return try parseWithinStep()
        default: return nil
        }
    }

    /// open_step = "open" expr ;
    func parseOpenStep() throws(ParseFailure) -> Statement.Kind {
        advance()
        return .open(try parseExpr())
    }

    /// click_step = "click" locator [ timeout ] ;
    func parseClickStep() throws(ParseFailure) -> Statement.Kind {
        advance()
        let locator = try parseLocator()
        return .click(locator, timeout: try parseTimeout())
    }

    /// fill_step = "fill" locator "with" expr [ timeout ] ;
    func parseFillStep() throws(ParseFailure) -> Statement.Kind {
        advance()
        let locator = try parseLocator()
        try expect(.with)
        let value = try parseExpr()
        return .fill(locator, value: value, timeout: try parseTimeout())
    }

    /// select_step = "select" locator ( "option" | "value" ) expr [ timeout ] ;
    func parseSelectStep() throws(ParseFailure) -> Statement.Kind {
        advance()
        let locator = try parseLocator()
        let by: SelectBy
        if consume(.option) != nil {
            by = .option
        } else if consume(.value) != nil {
            by = .value
        } else {
            throw failExpecting([.keyword(.option), .keyword(.value)])
        }
        let value = try parseExpr()
        return .select(locator, by: by, value: value, timeout: try parseTimeout())
    }

    /// check_step = ( "check" | "uncheck" ) locator [ timeout ] ;
    func parseCheckStep() throws(ParseFailure) -> Statement.Kind {
        let checked = advance().kind == .keyword(.check)
        let locator = try parseLocator()
        return .check(locator, checked: checked, timeout: try parseTimeout())
    }

    /// press_step = "press" STRING [ "on" locator ] ;
    func parsePressStep() throws(ParseFailure) -> Statement.Kind {
        advance()
        let key = try parseString()
        let target = consume(.on) == nil ? nil : try parseLocator()
        return .press(key: key, on: target)
    }

    /// scroll_step = "scroll" [ "to" locator | "until" scroll_goal "max" expr ] ;
    func parseScrollStep() throws(ParseFailure) -> Statement.Kind {
        advance()
        if consume(.to) != nil { return .scroll(.to(try parseLocator())) }
        guard consume(.until) != nil else { return .scroll(.page) }
        let goal = try parseScrollGoal()
        try expect(.max)
        let bound = try parseExpr()
        switch goal {
        case .noNew(let locator): return .scroll(.untilNoNew(locator, max: bound))
        case .condition(let condition): return .scroll(.until(condition, max: bound))
        }
    }

    enum ScrollGoal {
        case noNew(Locator)
        case condition(Expr)
    }

    /// scroll_goal = "no" "new" locator | condition ;
    func parseScrollGoal() throws(ParseFailure) -> ScrollGoal {
        guard consume(.no) != nil else { return .condition(try parseCondition()) }
        try expect(.new)
        return .noNew(try parseLocator())
    }

    /// wait_step = "wait" "for" condition [ timeout ] ;
    func parseWaitStep() throws(ParseFailure) -> Statement.Kind {
        advance()
        try expect(.for)
        let condition = try parseCondition()
        return .waitFor(condition, timeout: try parseTimeout())
    }

    /// back_step = "back" ;
    func parseBackStep() -> Statement.Kind {
        advance()
        return .back
    }

    /// download_step = "download" locator "into" NAME [ timeout ] ;
    func parseDownloadStep() throws(ParseFailure) -> Statement.Kind {
        advance()
        let locator = try parseLocator()
        try expect(.into)
        let target = try parseName(before: .keyword(.timeout))
        return .download(locator, into: target, timeout: try parseTimeout())
    }

    /// within_step = "within" locator block ;
    func parseWithinStep() throws(ParseFailure) -> Statement.Kind {
        advance()
        let locator = try parseLocator()
        return .within(locator, try parseBlock())
    }

    /// timeout = "timeout" DURATION ; nil when there is no `timeout`.
    func parseTimeout() throws(ParseFailure) -> DurationLiteral? {
        guard consume(.timeout) != nil else { return nil }
        let t = peek()
        guard t.kind == .duration else { throw failHere(SyntaxMessages.expectedDuration(after:found:)) }
        advance()
        return DurationLiteral(milliseconds: intValue(of: t) ?? 0, range: t.range)
    }
}
