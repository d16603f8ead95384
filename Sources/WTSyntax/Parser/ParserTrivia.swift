import WTDiagnostics

/// Comments, blank lines and line ends: how trivia is attached to line-level nodes.
///
/// A comment on a node's last line (or after the `{` that opens its body) is the node's trailing comment;
/// own-line comments wait in `pendingComments` for the next node of the same sequence; comments inside
/// brackets become leading comments of the node that contains them.
extension SyntaxParser {
    /// Starts a line-level node at the next token; returns the enclosing node's frame to restore.
    func openFrame() -> NodeFrame {
        let saved = frame
        let first = peek()
        frame = NodeFrame(
            trailing: nil, innerMark: innerComments.count, hasError: false,
            start: first.range.start, keyword: first.keyword)
        return saved
    }

    /// Ends the current node: returns its trailing comment and the comments met inside its brackets.
    func closeFrame(_ saved: NodeFrame) -> (trailing: Comment?, inner: [Comment]) {
        let mark = min(frame.innerMark, innerComments.count)
        let inner = Array(innerComments[mark...])
        innerComments.removeSubrange(mark...)
        let trailing = frame.trailing
        frame = saved
        return (trailing, inner)
    }

    func comment(_ t: Token) -> Comment {
        Comment(text(of: t), range: t.range)
    }

    /// A same-line comment: the node's trailing comment, or, if it has one, a leading comment of the next node.
    func offerTrailing(_ t: Token) {
        if frame.trailing == nil {
            frame.trailing = comment(t)
        } else {
            pendingComments.append(comment(t))
        }
    }

    func takePendingComments() -> [Comment] {
        defer { pendingComments = [] }
        return pendingComments
    }

    /// Skips blank lines and own-line comments before the next node of a sequence; the comments wait in
    /// `pendingComments`. Returns true when a blank line came before the first waiting comment (or the node).
    func skipLineGap() -> Bool {
        var blank = false
        while true {
            let t = token(at: index)
            switch t.kind {
            case .newline:
                if index > 0, token(at: index - 1).kind == .newline, pendingComments.isEmpty { blank = true }
                index += 1
            case .comment:
                pendingComments.append(comment(t))
                index += 1
            default:
                return blank
            }
        }
    }

    /// The end of a node's line: an optional comment, then NEWLINE (or end of file).
    func expectLineEnd() throws(ParseFailure) {
        if token(at: index).kind == .comment {
            offerTrailing(token(at: index))
            index += 1
        }
        let t = token(at: index)
        switch t.kind {
        case .newline: index += 1
        case .eof: break
        default:
            throw fail(
                SyntaxMessages.expectedLineEnd(after: afterPrevious, found: describe(t)),
                at: t.range, help: lineEndHelp(for: t))
        }
    }

    func lineEndHelp(for t: Token) -> String? {
        switch t.kind {
        case .equalEqual, .bangEqual, .less, .lessEqual, .greater, .greaterEqual, .tilde:
            SyntaxMessages.Help.chainedComparison
        case .rightBrace: SyntaxMessages.Help.blockLines
        default: nil
        }
    }

    /// The rest of a line that opened a body with `{`: an optional comment (the statement's trailing
    /// comment), then NEWLINE. Anything else is reported once and skipped up to the line end or the `}`.
    func parseBodyOpeningLine() {
        if token(at: index).kind == .comment {
            offerTrailing(token(at: index))
            index += 1
        }
        let t = token(at: index)
        switch t.kind {
        case .newline: index += 1
        case .eof: break
        default:
            report(
                SyntaxMessages.expectedLineEnd(after: afterPrevious, found: describe(t)), at: t.range,
                help: SyntaxMessages.Help.braceNewline)
            errorBracketDepth = 0
            recoverToLineEnd()
        }
    }

    /// The `}` that closes a body opened by `open`; at end of file, reports the unclosed `{` once (every
    /// enclosing body is then unclosed too, and saying so again would be a cascade).
    func closeBody(opener open: Token) {
        if token(at: index).kind == .rightBrace {
            advance()
            return
        }
        guard !reportedUnclosedBlock else { return }
        reportedUnclosedBlock = true
        diagnostics.append(Diagnostic(SyntaxMessages.unclosedBlock(), span: file.span(of: open.range)))
    }
}
