import WTDiagnostics

/// Reporting errors and resynchronising after them (CONVENTIONS #4: emit and continue).
extension SyntaxParser {
    /// How a message names a token that was found.
    func describe(_ t: Token) -> String {
        switch t.kind {
        case .newline, .comment: return TokenKind.newline.display
        case .eof: return TokenKind.eof.display
        case .keyword(let k): return "'\(k.rawValue)'"
        case .name: return "name '\(text(of: t))'"
        case .string: return "string " + sourceText(t.range, limit: 32)
        case .int, .number, .duration: return "'\(sourceText(t.range, limit: 32))'"
        default: return "'\(t.kind.punctuation)'"
        }
    }

    /// The "after …" of a message: only a keyword or punctuation before the error makes useful context.
    var afterPrevious: String? {
        guard index > 0 else { return nil }
        let p = previous
        switch p.kind {
        case .keyword(let k): return "'\(k.rawValue)'"
        case .name, .string, .int, .number, .duration, .newline, .comment, .eof: return nil
        default: return "'\(p.kind.punctuation)'"
        }
    }

    func sourceText(_ range: SourceRange, limit: Int) -> String {
        let bytes = file.utf8
        let start = max(0, min(range.start, bytes.count))
        let end = max(start, min(range.end, bytes.count))
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        return text.count > limit ? String(text.prefix(limit)) + "…" : text
    }

    /// Reports an error for the current node and returns the failure to throw.
    func fail(
        _ message: DiagnosticMessage, at range: SourceRange, help: String? = nil, notes: [Diagnostic.Note] = []
    ) -> ParseFailure {
        report(message, at: range, help: help, notes: notes)
        errorBracketDepth = bracketDepth
        return ParseFailure()
    }

    /// Fails at the next token with a message built from (after, found).
    func failHere(_ make: (String?, String) -> DiagnosticMessage, help: String? = nil) -> ParseFailure {
        let t = peek()
        return fail(make(afterPrevious, describe(t)), at: t.range, help: help)
    }

    /// Fails at the next token, expecting one of `kinds`.
    func failExpecting(_ kinds: [TokenKind], help: String? = nil) -> ParseFailure {
        let what = kinds.map(\.display).joined(separator: " or ")
        return failHere({ SyntaxMessages.expectedToken(what, after: $0, found: $1) }, help: help)
    }

    /// Emits unless this node already has an error, or a lexical error earlier on the same line explains it.
    func report(
        _ message: DiagnosticMessage, at range: SourceRange, help: String? = nil, notes: [Diagnostic.Note] = []
    ) {
        guard !frame.hasError else { return }
        frame.hasError = true
        guard !lexErrorExplains(range) else { return }
        diagnostics.append(Diagnostic(message, span: file.span(of: range), help: help, notes: notes))
    }

    func lexErrorExplains(_ range: SourceRange) -> Bool {
        guard !lexErrorOffsets.isEmpty else { return false }
        let bytes = file.utf8
        var lineStart = max(0, min(range.start, bytes.count))
        while lineStart > 0, bytes[lineStart - 1] != Byte.lineFeed { lineStart -= 1 }
        let low = max(lineStart, min(frame.start, range.start))
        // First lexical error at or after `low`.
        var lo = 0
        var hi = lexErrorOffsets.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lexErrorOffsets[mid] < low { lo = mid + 1 } else { hi = mid }
        }
        return lo < lexErrorOffsets.count && lexErrorOffsets[lo] <= range.end
    }

    /// After an error in a line-level node: skips the rest of its line — across lines while brackets open
    /// at the error are unclosed — and stops before a `}` that closes the enclosing block (inside one). A `{` that ends
    /// the line opens a body: it is parsed (reporting its errors, dropping its contents) or skipped, so
    /// a broken `if … {` line does not desynchronise blocks.
    func recoverToLineEnd() {
        var depth = errorBracketDepth
        errorBracketDepth = 0
        while true {
            let t = token(at: index)
            switch t.kind {
            case .eof:
                return
            case .newline:
                index += 1
                if depth > 0 && !lineStartsNode(at: index) { continue }
                return
            case .leftBrace where depth == 0 && token(at: index + 1).endsLine:
                skipBody()
            case .leftBrace, .leftParen, .leftBracket:
                depth += 1
                index += 1
            case .rightParen, .rightBracket:
                depth = max(0, depth - 1)
                index += 1
            case .rightBrace:
                // At the top level no block can be closed, so the `}` belongs to the broken line.
                if depth == 0 && nesting > 0 { return }
                depth = max(0, depth - 1)
                index += 1
            default:
                index += 1
            }
        }
    }

    /// True when raw token `i` starts a line with a statement or declaration keyword.
    func lineStartsNode(at i: Int) -> Bool {
        token(at: i).keyword?.startsLine == true
    }

    /// Recovers from an error in a statement's own tokens. A failed `if`/`for`/`repeat`/`within` line that
    /// never opened its `{` leaves the matching `}` unmatched; it is counted so that `}` is not reported too.
    func recoverStatement() {
        recoverToLineEnd()
        if !frame.openedBody, let keyword = frame.keyword, [.if, .else, .for, .repeat, .within].contains(keyword) {
            unopenedBodies += 1
        }
    }

    /// The body that follows a failed header line: statements for control flow, fields for `extract`.
    func skipBody() {
        switch frame.keyword {
        case .if, .else, .repeat, .for, .within: _ = try? parseBlock()
        case .extract: _ = try? parseRecordBody()
        default:
            index += 1
            skipNestedRegion(.body)
        }
    }

    // MARK: Nesting limit

    /// True (after reporting once) when `opener` would nest deeper than the limit.
    func isTooDeep(_ opener: Token) -> Bool {
        guard nesting >= Self.maximumNesting else { return false }
        report(
            SyntaxMessages.nestingTooDeep(limit: Self.maximumNesting), at: opener.range,
            help: SyntaxMessages.Help.nesting)
        return true
    }

    /// What a too-deep region is: a block or record body (counted by braces only, across lines) or a
    /// bracketed type or expression (counted by all brackets).
    enum Region {
        case body, brackets
    }

    /// Skips, without recursion, to the closer matching an opener already consumed. Bracket regions stop
    /// early at a line that starts a statement, so a missing `)` does not swallow the rest of the file.
    func skipNestedRegion(_ region: Region) {
        var depth = 1
        while depth > 0 {
            let t = token(at: index)
            switch (t.kind, region) {
            case (.eof, _): return
            case (.leftBrace, _), (.leftBracket, .brackets), (.leftParen, .brackets): depth += 1
            case (.rightBrace, _), (.rightBracket, .brackets), (.rightParen, .brackets): depth -= 1
            case (.newline, .brackets) where lineStartsNode(at: index + 1): return
            default: break
            }
            index += 1
            if t.kind != .newline && t.kind != .comment { lastEnd = t.range.end }
        }
    }
}
