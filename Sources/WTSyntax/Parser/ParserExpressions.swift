import WTDiagnostics

/// `expr` and its precedence levels, lowest first: or, and, not, comparison, additive, primary.
extension SyntaxParser {
    /// condition = expr ;
    func parseCondition() throws(ParseFailure) -> Expr {
        try parseExpr()
    }

    /// expr = or_expr ;
    func parseExpr() throws(ParseFailure) -> Expr {
        try parseOrExpr()
    }

    /// or_expr = and_expr { "or" and_expr } ;
    func parseOrExpr() throws(ParseFailure) -> Expr {
        var left = try parseAndExpr()
        var chain = 0
        defer { nesting -= chain }
        while let op = consume(.or) {
            try deepenChain(&chain, at: op)
            let right = try parseAndExpr()
            left = Expr(.binary(.or, left, right), range: left.range.union(right.range))
        }
        return left
    }

    /// and_expr = not_expr { "and" not_expr } ;
    func parseAndExpr() throws(ParseFailure) -> Expr {
        var left = try parseNotExpr()
        var chain = 0
        defer { nesting -= chain }
        while let op = consume(.and) {
            try deepenChain(&chain, at: op)
            let right = try parseNotExpr()
            left = Expr(.binary(.and, left, right), range: left.range.union(right.range))
        }
        return left
    }

    /// Each operator in a chain (`a or b or c …`) nests the tree one level deeper, so chains count against
    /// the nesting limit: every later stage walks the tree recursively, and so does freeing it.
    func deepenChain(_ chain: inout Int, at op: Token) throws(ParseFailure) {
        guard nesting < Self.maximumNesting else {
            throw fail(
                SyntaxMessages.nestingTooDeep(limit: Self.maximumNesting), at: op.range,
                help: SyntaxMessages.Help.nesting)
        }
        nesting += 1
        chain += 1
    }

    /// not_expr = "not" not_expr | comparison ;
    func parseNotExpr() throws(ParseFailure) -> Expr {
        guard at(.not) else { return try parseComparison() }
        let notToken = advance()
        if isTooDeep(notToken) {
            // Skip the rest of the chain without recursing, then parse its operand.
            while consume(.not) != nil {}
            let operand = try parseComparison()
            return Expr(.not(operand), range: range(from: notToken.range.start))
        }
        nesting += 1
        defer { nesting -= 1 }
        let operand = try parseNotExpr()
        return Expr(.not(operand), range: range(from: notToken.range.start))
    }

    /// comparison = additive [ ( "==" | "!=" | "<" | "<=" | ">" | ">=" | "~" ) additive ] ;
    func parseComparison() throws(ParseFailure) -> Expr {
        let left = try parseAdditive()
        guard let op = comparisonOperator(peek().kind) else { return left }
        advance()
        let right = try parseAdditive()
        return Expr(.binary(op, left, right), range: left.range.union(right.range))
    }

    func comparisonOperator(_ kind: TokenKind) -> BinaryOp? {
        switch kind {
        case .equalEqual: .equal
        case .bangEqual: .notEqual
        case .less: .less
        case .lessEqual: .lessEqual
        case .greater: .greater
        case .greaterEqual: .greaterEqual
        case .tilde: .matches
        default: nil
        }
    }

    /// additive = postfix { ( "+" | "-" ) postfix } ;
    func parseAdditive() throws(ParseFailure) -> Expr {
        var left = try parsePostfix()
        var chain = 0
        defer { nesting -= chain }
        while at(.plus) || at(.minus) {
            let token = advance()
            try deepenChain(&chain, at: token)
            let op: BinaryOp = token.kind == .plus ? .plus : .minus
            let right = try parsePostfix()
            left = Expr(.binary(op, left, right), range: left.range.union(right.range))
        }
        return left
    }

    /// postfix = primary { transform } ;
    func parsePostfix() throws(ParseFailure) -> Expr {
        let primary = try parsePrimary()
        let transforms = try parseTransforms()
        guard !transforms.isEmpty else { return primary }
        return Expr(.transformed(primary, transforms), range: range(from: primary.range.start))
    }

    /// primary = literal | path | page_query | all_have | "(" expr ")" ;
    ///
    /// Keywords are contextual: a word that starts a page query does so only when what follows fits
    /// (`text ".x"`, `value of ".x"`, `count items`); otherwise it names a variable (`text`, `value`,
    /// `count`). `url` and `title` alone are always the page's (the checker reports a variable of that name
    /// read there as ambiguous).
    func parsePrimary() throws(ParseFailure) -> Expr {
        let t = peek()
        switch t.kind {
        case .string, .int, .number, .minus, .leftBracket, .keyword(.true), .keyword(.false):
            return try parseLiteral()
        case .name:
            return try parsePath()
        case .keyword(let keyword) where startsPageQuery(keyword):
            return try parsePageQuery()
        case .keyword(.all) where startsName(peek(1)):
            return try parseAllHave()
        case .keyword(let keyword) where !keyword.isReserved:
            return try parsePath()
        case .leftParen:
            return try parseParenExpr()
        default:
            throw failHere(SyntaxMessages.expectedExpression(after:found:))
        }
    }

    /// `"(" expr ")"`, kept as `.paren` so the printer writes the author's grouping.
    func parseParenExpr() throws(ParseFailure) -> Expr {
        let open = advance()
        if isTooDeep(open) {
            skipNestedRegion(.brackets)
            return Expr(.paren(Expr(.bool(false), range: open.range)), range: range(from: open.range.start))
        }
        nesting += 1
        bracketDepth += 1
        defer {
            nesting -= 1
            bracketDepth -= 1
        }
        let inner = try parseExpr()
        try expectClosing(.rightParen, opener: open)
        return Expr(.paren(inner), range: range(from: open.range.start))
    }

    /// path = NAME { "." field_name } ;
    func parsePath() throws(ParseFailure) -> Expr {
        let start = peek().range.start
        return Expr(.path(try parsePathNames()), range: range(from: start))
    }

    func parsePathNames() throws(ParseFailure) -> [Identifier] {
        var names = [try parseName()]
        while consume(.dot) != nil {
            names.append(try parseFieldName())
        }
        return names
    }

    /// all_have = "all" path "have" field_name { "," field_name } ;
    func parseAllHave() throws(ParseFailure) -> Expr {
        let start = advance().range.start
        let list = try parsePathNames()
        try expect(.have)
        var fields = [try parseFieldName()]
        while consume(.comma) != nil {
            fields.append(try parseFieldName())
        }
        return Expr(.allHave(list: list, fields: fields), range: range(from: start))
    }
}
