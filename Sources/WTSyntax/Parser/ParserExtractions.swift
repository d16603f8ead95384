import WTDiagnostics

/// `extraction` and its parts: field kinds, `each`, `one`, `table` and record bodies.
extension SyntaxParser {
    /// extraction = field_kind | json_field | json_records | record_list | record_one | table ;
    /// (`json_records` starts with `each`, so `parseRecordList` reads it.)
    func parseExtraction() throws(ParseFailure) -> Extraction {
        if startsJsonField() { return .json(parseJsonField()) }
        switch peek().keyword {
        case .each: return try parseRecordList()
        case .one: return try parseRecordOne()
        case .table: return try parseTable()
        case let keyword? where keyword.fieldKind != nil: return .field(try parseFieldKind())
        default: throw failHere(SyntaxMessages.expectedExtraction(after:found:))
        }
    }

    /// field_kind = ( ( "text" | … | "count" ) locator | ( "attr" | "attrs" ) STRING "of" locator ) { transform } ;
    func parseFieldKind() throws(ParseFailure) -> FieldExtraction {
        let keywordToken = advance()
        let kind = keywordToken.keyword?.fieldKind ?? .text
        var attribute: StringLiteral?
        if kind == .attr || kind == .attrs {
            attribute = try parseString()
            try expect(.of)
        }
        let locator = try parseLocator()
        let transforms = try parseTransforms()
        return FieldExtraction(
            kind: kind, attribute: attribute, locator: locator, transforms: transforms,
            range: range(from: keywordToken.range.start))
    }

    /// json_field = "json" STRING ; `json` is a contextual word (a NAME before a STRING), not reserved.
    func parseJsonField() -> JSONExtraction {
        let start = advance().range.start
        let path = stringValue(of: advance())
        return JSONExtraction(path: path, range: range(from: start))
    }

    /// json_records = "each" json_field record_body ; (after `each`, which `parseRecordList` read)
    func parseJsonRecords() throws(ParseFailure) -> Extraction {
        let path = parseJsonField()
        return .eachJSON(path, try parseRecordBody())
    }

    /// True at `json "…"`.
    func startsJsonField() -> Bool {
        let t = peek()
        return t.kind == .name && text(of: t) == "json" && peek(1).kind == .string
    }

    /// record_list = "each" locator record_body ;  `each json_field record_body` is `json_records`.
    func parseRecordList() throws(ParseFailure) -> Extraction {
        advance()
        if startsJsonField() { return try parseJsonRecords() }
        let locator = try parseLocator()
        return .each(locator, try parseRecordBody())
    }

    /// record_one = "one" locator record_body ;
    func parseRecordOne() throws(ParseFailure) -> Extraction {
        advance()
        let locator = try parseLocator()
        return .one(locator, try parseRecordBody())
    }

    /// table = "table" locator ;
    func parseTable() throws(ParseFailure) -> Extraction {
        let start = advance().range.start
        let locator = try parseLocator()
        return .table(locator, range: range(from: start))
    }

    /// record_body = "{" NEWLINE { field_binding NEWLINE } "}" ;
    func parseRecordBody() throws(ParseFailure) -> RecordBody {
        let open = peek()
        guard open.kind == .leftBrace else { throw failExpecting([.leftBrace]) }
        advance()
        frame.openedBody = true
        if isTooDeep(open) {
            skipNestedRegion(.body)
            return RecordBody(range: range(from: open.range.start))
        }
        nesting += 1
        defer { nesting -= 1 }
        parseBodyOpeningLine()
        var fields: [FieldBinding] = []
        while true {
            let blank = skipLineGap()
            let t = token(at: index)
            if t.kind == .eof || t.kind == .rightBrace { break }
            let before = index
            let leading = takePendingComments()
            if let field = parseFieldBinding(leading: leading, blank: blank && !fields.isEmpty) {
                fields.append(field)
            }
            if index == before { index += 1 }
        }
        let closing = takePendingComments()
        closeBody(opener: open)
        return RecordBody(fields, closingComments: closing, range: range(from: open.range.start))
    }

    /// field_binding = field_name "=" ( field_kind | json_field | expr ) ; one line of a record body.
    func parseFieldBinding(leading: [Comment], blank: Bool) -> FieldBinding? {
        let start = peek().range.start
        let saved = openFrame()
        var binding: (Identifier, FieldBinding.Value)?
        do {
            guard peek().kind == .name || peek().keyword != nil else {
                throw failHere({ _, found in SyntaxMessages.expectedFieldBinding(found: found) })
            }
            let name = try parseFieldName()
            try expect(.equal)
            binding = (name, try parseFieldValue())
        } catch {
            recoverToLineEnd()
        }
        let end = lastEnd
        if binding != nil {
            do { try expectLineEnd() } catch { recoverToLineEnd() }
        }
        let (trailing, inner) = closeFrame(saved)
        guard let (name, value) = binding else { return nil }
        let trivia = Trivia(leadingComments: leading + inner, trailingComment: trailing, blankLineBefore: blank)
        return FieldBinding(
            name: name, value: value, trivia: trivia, range: SourceRange(start: start, end: max(start, end)))
    }

    /// The value of a field binding: `json "…"`, a field kind, or an expression.
    func parseFieldValue() throws(ParseFailure) -> FieldBinding.Value {
        if startsJsonField() { return .json(parseJsonField()) }
        return startsFieldKind() ? .extraction(try parseFieldKind()) : .expr(try parseExpr())
    }

    /// A field value is a field kind when it starts with a field-kind keyword followed by what that kind
    /// needs: a locator, or a string for `attr`/`attrs`. Otherwise the keyword is an expression: `page = url`
    /// is the page's URL, `n = count items` the length of a list, `t = text` a variable named `text`.
    func startsFieldKind() -> Bool {
        guard let kind = peek().keyword?.fieldKind else { return false }
        switch kind {
        case .attr, .attrs: return peek(1).kind == .string
        default: return startsLocator(peek(1))
        }
    }
}
