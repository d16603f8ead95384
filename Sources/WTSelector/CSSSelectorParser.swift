/// Parses CSS selectors: the dialect Chromium's `querySelectorAll` accepts (Selectors Level 4 as
/// Chromium implements it: `:is()`/`:where()` with forgiving lists, `:has()`, `:not()` with selector
/// lists, `:nth-child(an+b of S)`, `:lang()` ranges, `:dir()`, the HTML state pseudo-classes, the
/// pseudo-classes of user action and time, pseudo-elements), plus the cssselect/parsel extensions
/// `[a!=v]`, `:contains()`, `::text` and `::attr(name)`.
///
/// `SelectorDifferentialTests` compares it with Chromium. Pseudo-elements other than `::text` and
/// `::attr()` (`::before`, …) parse, as in a browser, and select nothing.
public enum CSSSelectorParser {
    /// The deepest nesting of functional pseudo-classes (`:not(:is(…))`) accepted; deeper input is an
    /// error instead of a stack overflow.
    public static let maximumNesting = 64

    /// Parses `text` into a selector list.
    ///
    /// - Throws: `SelectorError` at the first syntax error, with the UTF-8 offset of the problem.
    public static func parse(_ text: String) throws(SelectorError) -> SelectorList {
        let closers = EndOfInput.closers(Array(text.utf8))
        var parser = CSSParser(lexer: CSSLexer(text + closers))
        do {
            return try parser.parseTopLevel()
        } catch {
            guard !closers.isEmpty, error.offset + error.length > text.utf8.count else { throw error }
            // The error lies in the closers appended at the end: the text as written explains it better
            // ("unclosed ':not('", "expected an attribute name after '['"), with positions inside it.
            var plain = CSSParser(lexer: CSSLexer(text))
            _ = try plain.parseTopLevel()
            let offset = min(error.offset, text.utf8.count)
            throw SelectorError(
                message: error.message, offset: offset, length: min(error.length, text.utf8.count - offset))
        }
    }

    /// The error for `text`, or nil when it is a valid selector list.
    public static func check(_ text: String) -> SelectorError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }
}

/// Where a selector list is being parsed: at the top or inside a functional pseudo-class.
struct ListContext {
    /// The function token that opened the list (`:not(`); nil at the top level.
    var opener: CSSToken?
    /// The pseudo-class name for messages, `:not()`.
    var name: String
    /// `:has()` takes relative selectors, which may start with a combinator.
    var isRelative = false

    static let topLevel = ListContext(opener: nil, name: "")
    var allowsPseudoElement: Bool { opener == nil }
}

/// Recursive-descent parser; each `parseX()` is named after the Selectors Level 4 production it reads.
struct CSSParser {
    var lexer: CSSLexer
    var depth = 0
    /// Inside `:has()`, where another `:has()` is invalid (Chromium rejects it).
    var insideHas = false

    /// selector-list, then the end of input.
    mutating func parseTopLevel() throws(SelectorError) -> SelectorList {
        var probe = lexer
        while try probe.peek().kind == .whitespace { _ = try probe.next() }
        if try probe.peek().isEnd {
            throw SelectorError(message: CSSMessage.emptySelector, offset: 0, length: lexer.bytes.count)
        }
        let list = try parseSelectorList(.topLevel)
        let end = try lexer.next()
        guard end.isEnd else { throw unexpected(end, in: .topLevel) }
        return list
    }

    /// complex-selector-list (or relative-selector-list in `:has()`); stops before `)` or the end.
    mutating func parseSelectorList(_ context: ListContext) throws(SelectorError) -> SelectorList {
        var selectors = [try parseComplexSelector(context, after: nil).selector]
        while true {
            let token = try lexer.peek()
            switch token.kind {
            case .comma:
                _ = try lexer.next()
                selectors.append(try parseComplexSelector(context, after: token).selector)
            case .end where context.opener == nil, .rightParen where context.opener != nil:
                return SelectorList(selectors)
            default:
                throw unexpected(token, in: context)
            }
        }
    }

    /// relative-selector-list, for `:has()`.
    mutating func parseRelativeSelectorList(_ context: ListContext) throws(SelectorError) -> [RelativeSelector] {
        var selectors = [try parseComplexSelector(context, after: nil)]
        while try lexer.peek().kind == .comma {
            let comma = try lexer.next()
            selectors.append(try parseComplexSelector(context, after: comma))
        }
        let token = try lexer.peek()
        guard token.kind == .rightParen else { throw unexpected(token, in: context) }
        return selectors.map { RelativeSelector($0.leading ?? .descendant, $0.selector) }
    }

    /// complex-selector: compound (combinator compound)*, with a leading combinator when relative.
    /// `after` is the token before the selector (a comma), for messages.
    mutating func parseComplexSelector(
        _ context: ListContext, after: CSSToken?
    ) throws(SelectorError) -> (leading: Combinator?, selector: ComplexSelector) {
        try skipWhitespace()
        var anchor = after ?? context.opener
        var leading: Combinator?
        if context.isRelative, let (combinator, token) = try consumeCombinator() {
            leading = combinator
            anchor = token
            try skipWhitespace()
        }
        var current = try parseCompoundSelector(context, after: anchor)
        var selector = ComplexSelector(head: current.compound)
        while true {
            let sawWhitespace = try skipWhitespace()
            let combinator: Combinator
            if let (explicit, token) = try consumeCombinator() {
                try skipWhitespace()
                combinator = explicit
                anchor = token
            } else if sawWhitespace, startsCompound(try lexer.peek()) {
                combinator = .descendant
            } else {
                break
            }
            if let pseudo = current.pseudoElement { throw pseudo.misplaced }
            current = try parseCompoundSelector(context, after: anchor)
            selector.links.append(.init(combinator, current.compound))
        }
        selector.pseudoElement = current.pseudoElement?.value
        return (leading, selector)
    }

    /// Consumes `>`, `+` or `~` if it is next.
    mutating func consumeCombinator() throws(SelectorError) -> (Combinator, CSSToken)? {
        let token = try lexer.peek()
        guard case .delim(let c) = token.kind, let combinator = Combinator(rawValue: String(c)) else { return nil }
        _ = try lexer.next()
        return (combinator, token)
    }

    /// Skips whitespace tokens; returns whether there were any (whitespace is the descendant combinator).
    @discardableResult
    mutating func skipWhitespace() throws(SelectorError) -> Bool {
        var skipped = false
        while try lexer.peek().kind == .whitespace {
            _ = try lexer.next()
            skipped = true
        }
        return skipped
    }

    /// Whether `token` can begin a compound selector.
    func startsCompound(_ token: CSSToken) -> Bool {
        switch token.kind {
        case .ident, .hash, .leftBracket, .colon: return true
        case .delim(let c): return c == "*" || c == "|" || c == "." || c == "#"
        default: return false
        }
    }

    /// An error for a token that cannot continue the selector list.
    func unexpected(_ token: CSSToken, in context: ListContext) -> SelectorError {
        if let hint = classNameHint(token) { return hint }
        if token.isEnd, let opener = context.opener {
            return SelectorError(
                message: CSSMessage.unclosedFunction(context.name), offset: opener.offset,
                length: opener.length)
        }
        let inside = context.opener == nil ? nil : context.name
        return SelectorError(
            message: CSSMessage.unexpected(describe(token), inside: inside), offset: token.offset,
            length: max(1, token.length))
    }

    /// `.1` lexes as a number, not as `.` and a name; say what the author most likely meant.
    func classNameHint(_ token: CSSToken) -> SelectorError? {
        guard case .numeric(let text) = token.kind, text.hasPrefix(".") else { return nil }
        return SelectorError(message: CSSMessage.expectedClassName, offset: token.offset, length: 1)
    }

    /// How a token is quoted in messages.
    func describe(_ token: CSSToken) -> String {
        token.isEnd ? "end of selector" : Bytes.quoted(Bytes.text(lexer.bytes, token.offset..<token.end))
    }
}
