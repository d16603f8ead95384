import WTDiagnostics

/// `control`, `block`, `binding` and `expect_stmt`.
extension SyntaxParser {
    /// control = for_each | repeat_loop | if_stmt | "break" | "return" ; nil when none starts here.
    func parseControl() throws(ParseFailure) -> Statement.Kind? {
        switch peek().keyword {
        case .for: return try parseForEach()
        case .repeat: return try parseRepeatLoop()
        case .if: return try parseIfStmt()
        case .break:
            advance()
            return .breakLoop
        case .return:
            advance()
            return .returnProgram
        default: return nil
        }
    }

    /// for_each = "for" "each" NAME "in" expr [ "concurrency" expr ] block ;
    func parseForEach() throws(ParseFailure) -> Statement.Kind {
        advance()
        try expect(.each)
        let variable = try parseName(before: .keyword(.in))
        try expect(.in)
        let list = try parseExpr()
        let concurrency = consume(.concurrency) == nil ? nil : try parseExpr()
        return .forEach(variable: variable, list: list, concurrency: concurrency, body: try parseBlock())
    }

    /// repeat_loop = "repeat" [ expr ] [ "as" NAME ] block ;
    func parseRepeatLoop() throws(ParseFailure) -> Statement.Kind {
        advance()
        let count = at(.as) || at(.leftBrace) ? nil : try parseExpr()
        let counter = consume(.as) == nil ? nil : try parseName(before: .leftBrace)
        return .repeatLoop(count: count, counter: counter, body: try parseBlock())
    }

    /// if_stmt = "if" condition block [ "else" ( if_stmt | block ) ] ;
    func parseIfStmt() throws(ParseFailure) -> Statement.Kind {
        advance()
        let condition = try parseCondition()
        let then = try parseBlock()
        guard consume(.else) != nil else { return .ifElse(condition: condition, then: then, otherwise: nil) }
        guard at(.if) else {
            return .ifElse(condition: condition, then: then, otherwise: .block(try parseBlock()))
        }
        // `else if` is a statement of its own, with its own trailing comment (after its `{`). It nests the
        // tree one level deeper, so long chains count against the nesting limit like nested blocks.
        guard nesting < Self.maximumNesting else {
            throw fail(
                SyntaxMessages.nestingTooDeep(limit: Self.maximumNesting), at: peek().range,
                help: SyntaxMessages.Help.nesting)
        }
        nesting += 1
        defer { nesting -= 1 }
        let start = peek().range.start
        let saved = openFrame()
        let nested: Statement.Kind
        do {
            nested = try parseIfStmt()
        } catch {
            let hadError = frame.hasError
            _ = closeFrame(saved)
            frame.hasError = frame.hasError || hadError
            throw error
        }
        let (trailing, inner) = closeFrame(saved)
        let elseIf = Statement(
            nested, trivia: Trivia(leadingComments: inner, trailingComment: trailing),
            range: range(from: start))
        return .ifElse(condition: condition, then: then, otherwise: .elseIf(elseIf))
    }

    /// block = "{" NEWLINE { statement } "}" ;
    func parseBlock() throws(ParseFailure) -> Block {
        let open = peek()
        guard open.kind == .leftBrace else { throw failExpecting([.leftBrace]) }
        advance()
        frame.openedBody = true
        if isTooDeep(open) {
            skipNestedRegion(.body)
            return Block(range: range(from: open.range.start))
        }
        nesting += 1
        defer { nesting -= 1 }
        parseBodyOpeningLine()
        var statements: [Statement] = []
        while true {
            let blank = skipLineGap()
            let t = token(at: index)
            if t.kind == .eof || t.kind == .rightBrace { break }
            let before = index
            parseSequenceItem(into: &statements, blank: blank)
            if index == before { index += 1 }
        }
        let closing = takePendingComments()
        closeBody(opener: open)
        return Block(statements, closingComments: closing, range: range(from: open.range.start))
    }

    /// binding = extract_stmt | let_stmt ; nil when neither starts here.
    func parseBinding() throws(ParseFailure) -> Statement.Kind? {
        switch peek().keyword {
        case .extract: return try parseExtractStmt()
        case .let: return try parseLetStmt()
        default: return nil
        }
    }

    /// extract_stmt = "extract" NAME assign_op extraction ;
    func parseExtractStmt() throws(ParseFailure) -> Statement.Kind {
        advance()
        let target = try parseName()
        let op = try parseAssignOp()
        return .extract(target: target, op: op, try parseExtraction())
    }

    /// let_stmt = "let" NAME assign_op expr ;
    func parseLetStmt() throws(ParseFailure) -> Statement.Kind {
        advance()
        let target = try parseName()
        let op = try parseAssignOp()
        return .letBinding(target: target, op: op, try parseExpr())
    }

    /// assign_op = "=" | "+=" ;
    func parseAssignOp() throws(ParseFailure) -> AssignOp {
        if consume(.equal) != nil { return .assign }
        if consume(.plusEqual) != nil { return .append }
        throw failExpecting([.equal, .plusEqual])
    }

    /// expect_stmt = "expect" condition ; nil when the next token is not `expect`.
    func parseExpectStmt() throws(ParseFailure) -> Statement.Kind? {
        guard consume(.expect) != nil else { return nil }
        return .expect(try parseCondition())
    }
}
