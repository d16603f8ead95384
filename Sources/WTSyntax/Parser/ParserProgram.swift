import WTDiagnostics

/// `program`, `header`, `mode_name` and the sequences of declarations and statements.
extension SyntaxParser {
    /// program = header { NEWLINE } { declaration } { statement } EOF ;
    func parseProgram() -> Program {
        let header = parseHeader()
        var statements: [Statement] = []
        while true {
            let blank = skipLineGap()
            let t = token(at: index)
            if t.kind == .eof { break }
            let before = index
            if t.kind == .rightBrace {
                reportStrayBrace()
            } else {
                parseSequenceItem(into: &statements, blank: blank)
            }
            if index == before { index += 1 }  // Always make progress, whatever went wrong.
        }
        let firstToken = tokens.first { $0.kind != .newline && $0.kind != .comment } ?? eofToken
        return Program(
            header: header, declarations: declarations, statements: statements,
            trailingComments: takePendingComments(), range: range(from: firstToken.range.start))
    }

    /// One declaration or statement of a sequence. Declarations go to `declarations` wherever they appear;
    /// after a statement (or inside a block) they are reported. Kept small: it is on the stack once per block level.
    func parseSequenceItem(into statements: inout [Statement], blank: Bool) {
        if let keyword = peek().keyword, keyword == .param || keyword == .output {
            parseDeclarationItem(blank: blank)
            return
        }
        sawStatement = true
        if let statement = parseStatement(leading: takePendingComments(), blank: blank && !statements.isEmpty) {
            statements.append(statement)
        }
    }

    func parseDeclarationItem(blank: Bool) {
        let misplaced = sawStatement || nesting > 0
        if let declaration = parseDeclaration(
            leading: takePendingComments(), blank: blank && !declarations.isEmpty,
            misplaced: misplaced)
        {
            declarations.append(declaration)
        }
    }

    /// A `}` with no block to close, at the top level.
    func reportStrayBrace() {
        let saved = openFrame()
        let t = advance()
        if unopenedBodies > 0 {
            unopenedBodies -= 1
        } else {
            report(SyntaxMessages.unexpectedToken(describe(t)), at: t.range)
        }
        _ = closeFrame(saved)
    }

    /// header = "program" STRING NEWLINE [ "mode" mode_name NEWLINE ] ;
    func parseHeader() -> Header {
        _ = skipLineGap()
        let leading = takePendingComments()
        let start = peek().range.start
        let saved = openFrame()
        var name = StringLiteral([], range: .at(start))
        if at(.program) {
            do {
                advance()
                name = try parseString()
                try expectLineEnd()
            } catch {
                recoverToLineEnd()
            }
        } else {
            let t = peek()
            report(SyntaxMessages.missingHeader(found: describe(t)), at: t.range, help: SyntaxMessages.Help.header)
        }
        let (trailing, _) = closeFrame(saved)
        let headerEnd = lastEnd
        var mode: ModeLine?
        // The grammar has no room for a blank line before `mode`; one is accepted but not recorded, so
        // printing and re-parsing give the same tree.
        _ = skipLineGap()
        if at(.mode) { mode = parseModeLine() }
        let trivia = Trivia(leadingComments: leading, trailingComment: trailing)
        let end = max(start, mode?.range.end ?? headerEnd)
        return Header(name: name, trivia: trivia, mode: mode, range: SourceRange(start: start, end: end))
    }

    /// `"mode" mode_name NEWLINE`, the optional second line of the header.
    func parseModeLine() -> ModeLine? {
        let leading = takePendingComments()
        let start = peek().range.start
        let saved = openFrame()
        var mode: Mode?
        do {
            advance()
            mode = try parseModeName()
            try expectLineEnd()
        } catch {
            recoverToLineEnd()
        }
        let (trailing, _) = closeFrame(saved)
        guard let mode else { return nil }
        let trivia = Trivia(leadingComments: leading, trailingComment: trailing)
        return ModeLine(mode: mode, trivia: trivia, range: range(from: start))
    }

    /// mode_name = "auto" | "browser" | "http" ;
    func parseModeName() throws(ParseFailure) -> Mode {
        let t = peek()
        if let keyword = t.keyword, let mode = Mode(rawValue: keyword.rawValue) {
            advance()
            return mode
        }
        throw failHere({ _, found in SyntaxMessages.unknownMode(found: found) })
    }
}
