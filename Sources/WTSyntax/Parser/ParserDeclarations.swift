import WTDiagnostics

/// `declaration`, `param_decl`, `output_decl` and the types they use.
extension SyntaxParser {
    /// declaration = ( param_decl | output_decl ) NEWLINE ;
    func parseDeclaration(leading: [Comment], blank: Bool, misplaced: Bool) -> Declaration? {
        let start = peek().range.start
        let saved = openFrame()
        var kind: Declaration.Kind?
        do {
            if misplaced, let keyword = peek().keyword {
                report(
                    SyntaxMessages.declarationAfterStep(keyword), at: peek().range,
                    help: SyntaxMessages.Help.declarationOrder)
            }
            kind = at(.param) ? try parseParamDecl() : try parseOutputDecl()
        } catch {
            recoverToLineEnd()
        }
        let end = lastEnd
        if kind != nil {
            do { try expectLineEnd() } catch { recoverToLineEnd() }
        }
        let (trailing, inner) = closeFrame(saved)
        guard let kind else { return nil }
        let trivia = Trivia(leadingComments: leading + inner, trailingComment: trailing, blankLineBefore: blank)
        return Declaration(kind, trivia: trivia, range: SourceRange(start: start, end: max(start, end)))
    }

    /// param_decl = "param" NAME ":" type [ "=" literal ] ;
    func parseParamDecl() throws(ParseFailure) -> Declaration.Kind {
        advance()
        let name = try parseName(before: .colon)
        try expect(.colon)
        let type = try parseType()
        let defaultValue = consume(.equal) == nil ? nil : try parseLiteral()
        return .param(name: name, type: type, defaultValue: defaultValue)
    }

    /// output_decl = "output" NAME ":" type ;
    func parseOutputDecl() throws(ParseFailure) -> Declaration.Kind {
        advance()
        let name = try parseName(before: .colon)
        try expect(.colon)
        return .output(name: name, type: try parseType())
    }

    /// type = base_type [ "?" ] ;
    func parseType() throws(ParseFailure) -> TypeExpr {
        let start = peek().range.start
        let base = try parseBaseType()
        let optional = consume(.question) != nil
        return TypeExpr(base, optional: optional, range: range(from: start))
    }

    /// base_type = scalar_type | list_type | record_type ;
    func parseBaseType() throws(ParseFailure) -> TypeExpr.Kind {
        switch peek().kind {
        case .leftBracket: return try parseListType()
        case .leftBrace: return try parseRecordType()
        default: return .scalar(try parseScalarType())
        }
    }

    /// scalar_type = "string" | "int" | "number" | "bool" | "url" | "date" | "secret" | "file" ;
    func parseScalarType() throws(ParseFailure) -> ScalarType {
        if let keyword = peek().keyword, let scalar = ScalarType(rawValue: keyword.rawValue) {
            advance()
            return scalar
        }
        throw failHere(SyntaxMessages.expectedType(after:found:))
    }

    /// list_type = "[" type "]" ;
    func parseListType() throws(ParseFailure) -> TypeExpr.Kind {
        let open = advance()
        if isTooDeep(open) {
            skipNestedRegion(.brackets)
            return .list(TypeExpr(.scalar(.string), range: range(from: open.range.start)))
        }
        nesting += 1
        bracketDepth += 1
        defer {
            nesting -= 1
            bracketDepth -= 1
        }
        let element = try parseType()
        try expectClosing(.rightBracket, opener: open)
        return .list(element)
    }

    /// record_type = "{" field_type { "," field_type } [ "," ] "}" ;
    func parseRecordType() throws(ParseFailure) -> TypeExpr.Kind {
        let open = advance()
        if isTooDeep(open) {
            skipNestedRegion(.brackets)
            return .record([])
        }
        nesting += 1
        bracketDepth += 1
        defer {
            nesting -= 1
            bracketDepth -= 1
        }
        var fields = [try parseFieldType()]
        while consume(.comma) != nil, !at(.rightBrace) {
            fields.append(try parseFieldType())
        }
        try expectClosing(.rightBrace, opener: open)
        return .record(fields)
    }

    /// field_type = field_name ":" type ;
    func parseFieldType() throws(ParseFailure) -> FieldType {
        let start = peek().range.start
        let name = try parseFieldName()
        try expect(.colon)
        let type = try parseType()
        return FieldType(name: name, type: type, range: range(from: start))
    }

    /// literal = STRING | [ "-" ] INT | [ "-" ] NUMBER | "true" | "false" | list_literal ;
    func parseLiteral() throws(ParseFailure) -> Expr {
        let t = peek()
        switch t.kind {
        case .string, .int, .number, .keyword(.true), .keyword(.false):
            advance()
            return Expr(literalKind(t), range: t.range)
        case .minus:
            advance()
            let number = peek()
            guard number.kind == .int || number.kind == .number else {
                throw failExpecting([.int, .number])
            }
            advance()
            let operand = Expr(literalKind(number), range: number.range)
            return Expr(.negate(operand), range: range(from: t.range.start))
        case .leftBracket:
            return try parseListLiteral()
        default:
            throw failHere(SyntaxMessages.expectedLiteral(after:found:))
        }
    }

    /// The value of a single-token literal.
    func literalKind(_ t: Token) -> Expr.Kind {
        switch t.kind {
        case .int: .int(intValue(of: t) ?? 0)
        case .number: .number(text(of: t))
        case .keyword(.true): .bool(true)
        case .keyword(.false): .bool(false)
        default: .string(stringValue(of: t))
        }
    }

    /// list_literal = "[" [ literal { "," literal } [ "," ] ] "]" ;
    func parseListLiteral() throws(ParseFailure) -> Expr {
        let open = advance()
        if isTooDeep(open) {
            skipNestedRegion(.brackets)
            return Expr(.list([]), range: range(from: open.range.start))
        }
        nesting += 1
        bracketDepth += 1
        defer {
            nesting -= 1
            bracketDepth -= 1
        }
        var elements: [Expr] = []
        while !at(.rightBracket) {
            elements.append(try parseLiteral())
            if consume(.comma) == nil { break }
        }
        try expectClosing(.rightBracket, opener: open)
        return Expr(.list(elements), range: range(from: open.range.start))
    }
}
