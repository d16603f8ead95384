/// `extract` statements: field kinds, `each` / `one` record bodies and `table`.
extension PrintBuffer {
    mutating func writeExtract(_ target: Identifier, _ op: AssignOp, _ extraction: Extraction, trailing: Comment?) {
        writeAssignment("extract", target, op)
        switch extraction {
        case .field(let field):
            writeFieldExtraction(field)
            endLine(trailing: trailing)
        case .each(let locator, let body):
            writeRecord("each", locator, body, trailing: trailing)
        case .one(let locator, let body):
            writeRecord("one", locator, body, trailing: trailing)
        case .table(let locator, _):
            write("table ")
            writeLocator(locator)
            endLine(trailing: trailing)
        case .json(let json):
            writeJSON(json)
            endLine(trailing: trailing)
        case .eachJSON(let json, let body):
            write("each ")
            writeJSON(json)
            writeRecordBody(body, trailing: trailing)
        }
    }

    /// `json "path"`.
    mutating func writeJSON(_ json: JSONExtraction) {
        write("json ")
        writeString(json.path)
    }

    /// `text L` or `attr "href" of L`.
    mutating func writeFieldExtraction(_ field: FieldExtraction) {
        write(field.kind.rawValue)
        write(" ")
        if field.kind == .attr || field.kind == .attrs {
            // The attribute is required for these kinds; an AST without one still prints parseable text.
            writeString(field.attribute ?? StringLiteral([]))
            write(" of ")
        }
        writeLocator(field.locator)
        writeTransforms(field.transforms)
    }

    /// `each L {` with one `name = …` line per field (names are not aligned, so adding a field leaves
    /// its neighbours untouched), closing comments, then `}`.
    private mutating func writeRecord(_ keyword: String, _ locator: Locator, _ body: RecordBody, trailing: Comment?) {
        write(keyword)
        write(" ")
        writeLocator(locator)
        writeRecordBody(body, trailing: trailing)
    }

    /// ` {`, one line per field, closing comments, `}`.
    private mutating func writeRecordBody(_ body: RecordBody, trailing: Comment?) {
        write(" {")
        endLine(trailing: trailing)
        depth += 1
        for (index, field) in body.fields.enumerated() {
            if index > 0 && field.trivia.blankLineBefore { blankLine() }
            writeFieldBinding(field)
        }
        commentLines(body.closingComments)
        depth -= 1
        startLine()
        write("}")
        newline()
    }

    private mutating func writeFieldBinding(_ field: FieldBinding) {
        commentLines(field.trivia.leadingComments)
        startLine()
        write(field.name.name)
        write(" = ")
        switch field.value {
        case .extraction(let extraction): writeFieldExtraction(extraction)
        case .json(let json): writeJSON(json)
        case .expr(let expr) where Self.opensLikeFieldKind(expr):
            write("(")
            writeExpr(expr)
            write(")")
        case .expr(let expr): writeExpr(expr)
        }
        endLine(trailing: field.trivia.trailingComment)
    }

    /// True for an operator expression whose leftmost operand is `exists L`, `count L`, `text L` or `attr … of L`: unparenthesised,
    /// `ok = exists ".a" and x` would re-parse as the field kind `exists ".a"` followed by stray tokens. A
    /// lone `exists L` or `count L` is left bare; as a field kind it reads the same thing.
    static func opensLikeFieldKind(_ expr: Expr) -> Bool {
        guard case .binary = expr.kind else { return false }
        var leftmost = expr
        while case .binary(let op, let lhs, _) = leftmost.kind {
            // A left operand the printer parenthesises starts with `(`, which no field kind does.
            if Level(of: lhs) < Level.leftOperand(of: op) { return false }
            leftmost = lhs
        }
        switch leftmost.kind {
        case .exists, .count(.locator), .pageText, .attribute: return true
        default: return false
        }
    }
}
