import WTDiagnostics

/// The front end's first stage: `.wt` source text → `Program` (see grammar/wt.ebnf).
public enum Parser {
    /// Parses a whole file; always returns a Program (partial on errors); every error is emitted into `diagnostics`,
    /// in source order.
    public static func parse(_ file: SourceFile, diagnostics: inout DiagnosticEngine) -> Program {
        let lexed = Lexer.lex(file)
        let parser = SyntaxParser(file: file, lexed: lexed.tokens, lexDiagnostics: lexed.diagnostics)
        let program = parser.parseProgram()
        // The parser reports an unclosed `{` after the errors inside its block; order by position first.
        let parsed = parser.diagnostics.enumerated().sorted { a, b in
            let (pa, pb) = (a.element.span?.start.offset ?? 0, b.element.span?.start.offset ?? 0)
            return pa != pb ? pa < pb : a.offset < b.offset
        }.map(\.element)
        for diagnostic in merged(lexed.diagnostics, parsed) { diagnostics.emit(diagnostic) }
        return program
    }

    /// Merges two source-ordered lists of diagnostics into one, lexical first on ties.
    private static func merged(_ a: [Diagnostic], _ b: [Diagnostic]) -> [Diagnostic] {
        let key = { (d: Diagnostic) in d.span?.start.offset ?? 0 }
        var out: [Diagnostic] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if j >= b.count || (i < a.count && key(a[i]) <= key(b[j])) {
                out.append(a[i])
                i += 1
            } else {
                out.append(b[j])
                j += 1
            }
        }
        return out
    }
}

/// Thrown after a parse error has been reported; the enclosing line-level node catches it and resynchronises.
struct ParseFailure: Error {}

/// Per-node parsing state, saved and restored around each line-level node (header line, declaration,
/// statement, field binding).
struct NodeFrame {
    /// A comment on the node's last line (or after its opening `{`).
    var trailing: Comment?
    /// Where this node's comments from inside brackets start in `innerComments`.
    var innerMark = 0
    /// The node already reported an error; later ones are dropped (one mistake, one diagnostic).
    var hasError = false
    /// Byte offset of the node's first token.
    var start = 0
    /// The keyword that starts the node; recovery uses it to decide how to skip a block.
    var keyword: Keyword?
    /// The node consumed the `{` of a block or record body.
    var openedBody = false
}

/// The recursive-descent parser: one `parseX()` per production of grammar/wt.ebnf, spread over the
/// `Parser*.swift` files by area.
///
/// A class, not a struct: in debug builds every call of a non-mutating method on a struct `self` copies the
/// whole parser into the caller's frame, which made each nesting level cost kilobytes of stack; the depth
/// tests parse 64 levels on a 512 KiB thread.
final class SyntaxParser {
    /// Deepest nesting of blocks, record bodies, types, lists, parentheses and `not` that is parsed.
    static let maximumNesting = 64

    let file: SourceFile
    let tokens: [Token]
    /// Decoded values of NAME, INT, NUMBER, DURATION, STRING and COMMENT tokens.
    let values: [TokenValue]
    /// Start offsets of lexical errors, sorted; a parse error on the same line is a consequence and is dropped.
    let lexErrorOffsets: [Int]
    var index = 0
    /// End offset of the last significant token consumed; node ranges end here.
    var lastEnd = 0
    var diagnostics: [Diagnostic] = []
    /// Open `(`, `[` and record-type `{`: inside them newlines and comments are skipped.
    var bracketDepth = 0
    /// Current nesting for the depth limit.
    var nesting = 0
    /// `bracketDepth` when the last error was reported, so recovery can skip to the matching closers.
    var errorBracketDepth = 0
    var frame = NodeFrame()
    /// Own-line comments waiting for the next node of the current sequence.
    var pendingComments: [Comment] = []
    /// Comments met inside brackets; they become leading comments of the enclosing node.
    var innerComments: [Comment] = []
    /// Declarations in source order, including misplaced ones (reported, still kept).
    var declarations: [Declaration] = []
    var sawStatement = false
    var reportedUnclosedBlock = false
    /// Failed `if`/`for`/`repeat`/`within`/`else` lines whose `{` was never seen: the `}` that matched it will
    /// turn up unmatched, and reporting it again would be a cascade.
    var unopenedBodies = 0

    init(file: SourceFile, lexed: TokenList, lexDiagnostics: [Diagnostic]) {
        self.file = file
        let tokens = lexed.tokens
        self.tokens = tokens.last?.kind == .eof ? tokens : tokens + [Token(.eof, range: .at(file.utf8.count))]
        self.values = lexed.values
        self.lexErrorOffsets = lexDiagnostics.compactMap { $0.span?.start.offset }.sorted()
    }

    // MARK: Token access

    func value(of t: Token) -> TokenValue {
        t.valueIndex >= 0 && t.valueIndex < values.count ? values[t.valueIndex] : .none
    }

    /// The spelling of a NAME or keyword, the digits of a NUMBER, the text of a COMMENT.
    func text(of t: Token) -> String {
        if case .keyword(let k) = t.kind { return k.rawValue }
        if case .text(let s) = value(of: t) { return s }
        return ""
    }

    /// The value of an INT, or the milliseconds of a DURATION; nil after an overflow (already reported).
    func intValue(of t: Token) -> Int? {
        if case .int(let v) = value(of: t) { return v }
        return nil
    }

    func stringValue(of t: Token) -> StringLiteral {
        if case .string(let s) = value(of: t) { return s }
        return StringLiteral([], range: t.range)
    }

    var eofToken: Token { tokens.last ?? Token(.eof, range: .at(file.utf8.count)) }

    /// The token at raw position `i`, or EOF past the end.
    func token(at i: Int) -> Token {
        i >= 0 && i < tokens.count ? tokens[i] : eofToken
    }

    /// Inside brackets, newlines and comments are not significant.
    func isSkippable(_ t: Token) -> Bool {
        bracketDepth > 0 && (t.kind == .newline || t.kind == .comment)
    }

    /// The `n`th significant token ahead, without consuming anything.
    func peek(_ n: Int = 0) -> Token {
        var i = index
        var remaining = n
        while true {
            let t = token(at: i)
            if t.kind == .eof { return t }
            if isSkippable(t) {
                i += 1
                continue
            }
            if remaining == 0 { return t }
            remaining -= 1
            i += 1
        }
    }

    func at(_ kind: TokenKind) -> Bool { peek().kind == kind }
    func at(_ keyword: Keyword) -> Bool { peek().kind == .keyword(keyword) }

    /// Consumes the next significant token (collecting comments skipped inside brackets).
    @discardableResult
    func advance() -> Token {
        while isSkippable(token(at: index)) {
            let t = token(at: index)
            if t.kind == .comment { innerComments.append(comment(t)) }
            index += 1
        }
        let t = token(at: index)
        guard t.kind != .eof else { return t }
        index += 1
        if t.kind != .newline && t.kind != .comment { lastEnd = t.range.end }
        return t
    }

    /// Consumes the next token if it has `kind`.
    func consume(_ kind: TokenKind) -> Token? {
        at(kind) ? advance() : nil
    }

    func consume(_ keyword: Keyword) -> Token? {
        consume(.keyword(keyword))
    }

    /// The range from `start` to the end of the last consumed token.
    func range(from start: Int) -> SourceRange {
        SourceRange(start: start, end: max(start, lastEnd))
    }

    /// The token consumed last, for "after 'click'" in messages.
    var previous: Token {
        var i = index - 1
        while i >= 0, token(at: i).kind == .newline || token(at: i).kind == .comment { i -= 1 }
        return token(at: i)
    }
}
