import WTDiagnostics

/// Names, strings and single expected tokens.
extension SyntaxParser {
    /// NAME. Keywords are contextual, so most of them can be names (`output title`, `let value`); a reserved
    /// one where a name belongs is reported (`'if' is a keyword; choose another name`) and accepted, so the
    /// rest of the line still parses; `follower` is the token that comes after the name, so `for each in
    /// xs` says a name is missing rather than calling `in` a bad name.
    func parseName(before follower: TokenKind? = nil) throws(ParseFailure) -> Identifier {
        let t = peek()
        switch t.kind {
        case .name:
            advance()
            return Identifier(text(of: t), range: t.range)
        case .keyword(let keyword) where t.kind != follower && !keyword.isReserved:
            advance()
            return Identifier(keyword.rawValue, range: t.range)
        case .keyword(let keyword) where t.kind != follower && !keyword.startsLine:
            report(SyntaxMessages.keywordAsName(keyword), at: t.range)
            advance()
            return Identifier(keyword.rawValue, range: t.range)
        default:
            throw failHere(SyntaxMessages.expectedName(after:found:))
        }
    }

    /// True when `t` can start a NAME: a name, or a keyword that is not reserved.
    func startsName(_ t: Token) -> Bool {
        if t.kind == .name { return true }
        if case .keyword(let keyword) = t.kind { return !keyword.isReserved }
        return false
    }

    /// field_name = NAME | keyword ; record fields are output keys, so `text`, `url` or `title` are fine.
    func parseFieldName() throws(ParseFailure) -> Identifier {
        let t = peek()
        switch t.kind {
        case .name, .keyword:
            advance()
            return Identifier(text(of: t), range: t.range)
        default:
            throw failHere(SyntaxMessages.expectedName(after:found:))
        }
    }

    /// STRING
    func parseString() throws(ParseFailure) -> StringLiteral {
        let t = peek()
        guard t.kind == .string else { throw failHere(SyntaxMessages.expectedString(after:found:)) }
        advance()
        return stringValue(of: t)
    }

    /// Consumes a token of `kind` or fails expecting it.
    @discardableResult
    func expect(_ kind: TokenKind) throws(ParseFailure) -> Token {
        if let t = consume(kind) { return t }
        throw failExpecting([kind])
    }

    @discardableResult
    func expect(_ keyword: Keyword) throws(ParseFailure) -> Token {
        try expect(.keyword(keyword))
    }

    /// The closer of a bracket; when missing, a note points at the opener. If the line ended first, the error
    /// points at that line end (where the closer belongs), not at the next line's first token.
    @discardableResult
    func expectClosing(_ kind: TokenKind, opener: Token) throws(ParseFailure) -> Token {
        if let t = consume(kind) { return t }
        let next = token(at: index)
        let t = next.kind == .newline || next.kind == .comment ? next : peek()
        let note = Diagnostic.Note(
            SyntaxMessages.Note.openedHere(opener.kind.punctuation),
            span: file.span(of: opener.range))
        throw fail(
            SyntaxMessages.expectedToken(kind.display, after: afterPrevious, found: describe(t)),
            at: t.range, notes: [note])
    }
}
