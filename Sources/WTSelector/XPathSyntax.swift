/// A syntax checker for XPath 1.0 expressions.
///
/// It accepts exactly the XPath 1.0 grammar (§2–§3, with the lexical rules of §3.7) and builds no tree:
/// evaluation is libxml2's job. Function names are not checked against the core library, so extension
/// functions such as `exslt:…` pass, but the argument syntax is.
public enum XPathSyntax {
    /// The deepest nesting of parentheses, predicates and function calls accepted.
    public static let maximumNesting = 64

    /// Checks `text`.
    ///
    /// - Throws: `SelectorError` at the first syntax error, with the UTF-8 offset of the problem.
    public static func validate(_ text: String) throws(SelectorError) {
        let (tokens, bytes) = try XPathLexer.tokenize(text)
        var parser = XPathParser(tokens: tokens, bytes: bytes)
        try parser.parseTopLevel()
    }

    /// The error for `text`, or nil when it is a valid XPath 1.0 expression.
    public static func check(_ text: String) -> SelectorError? {
        do {
            try validate(text)
            return nil
        } catch {
            return error
        }
    }
}

/// Recursive descent over the tokens; each `parseX()` reads the XPath 1.0 production of that name.
struct XPathParser {
    let tokens: [XPathToken]
    let bytes: [UInt8]
    var index = 0
    var depth = 0

    var current: XPathToken { tokens[min(index, tokens.count - 1)] }

    mutating func advance() -> XPathToken {
        let token = current
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    mutating func parseTopLevel() throws(SelectorError) {
        if current.kind == .end {
            throw SelectorError(message: XPathMessage.emptyExpression, offset: 0, length: bytes.count)
        }
        try parseExpr(after: nil)
        guard current.kind == .end else {
            throw error(XPathMessage.unexpectedAfterExpression(describe(current)), at: current)
        }
    }

    /// Expr ::= OrExpr, and the binary levels below it, loosest first. `after` is the token before the
    /// expression, for "expected an expression after …" messages.
    mutating func parseExpr(after anchor: XPathToken?) throws(SelectorError) {
        try parseBinary(level: 0, after: anchor)
    }

    /// Operators of each binary level, from OrExpr down to MultiplicativeExpr.
    private static let levels: [[XPathToken.Kind]] = [
        [.operatorName("or")],
        [.operatorName("and")],
        [.equal, .notEqual],
        [.less, .lessOrEqual, .greater, .greaterOrEqual],
        [.plus, .minus],
        [.multiply, .operatorName("div"), .operatorName("mod")],
    ]

    private mutating func parseBinary(level: Int, after anchor: XPathToken?) throws(SelectorError) {
        guard level < Self.levels.count else { return try parseUnaryExpr(after: anchor) }
        try parseBinary(level: level + 1, after: anchor)
        while Self.levels[level].contains(current.kind) {
            let op = advance()
            try parseBinary(level: level + 1, after: op)
        }
    }

    /// UnaryExpr ::= UnionExpr | '-' UnaryExpr — read as a loop so `- - - … 1` cannot exhaust the stack.
    private mutating func parseUnaryExpr(after anchor: XPathToken?) throws(SelectorError) {
        var anchor = anchor
        while current.kind == .minus { anchor = advance() }
        try parseUnionExpr(after: anchor)
    }

    /// UnionExpr ::= PathExpr ('|' PathExpr)*
    private mutating func parseUnionExpr(after anchor: XPathToken?) throws(SelectorError) {
        try parsePathExpr(after: anchor)
        while current.kind == .pipe {
            let pipe = advance()
            try parsePathExpr(after: pipe)
        }
    }

    /// Enters a parenthesis, predicate or argument list, failing past `XPathSyntax.maximumNesting`.
    mutating func enterNesting(_ opener: XPathToken) throws(SelectorError) {
        depth += 1
        guard depth <= XPathSyntax.maximumNesting else {
            throw error(XPathMessage.nestedTooDeeply(XPathSyntax.maximumNesting), at: opener)
        }
    }

    func error(_ message: String, at token: XPathToken) -> SelectorError {
        SelectorError(message: message, offset: token.offset, length: max(token.kind == .end ? 0 : 1, token.length))
    }

    /// "expected X after Y" at the offending token, or at Y when the text ended.
    func expected(_ what: String, after anchor: XPathToken?) -> SelectorError {
        let message =
            anchor.map { XPathMessage.expected(what, after: describe($0)) }
            ?? XPathMessage.expected(what, found: describe(current))
        guard current.kind == .end, let anchor else { return error(message, at: current) }
        return error(message, at: anchor)
    }

    /// A token as quoted in messages.
    func describe(_ token: XPathToken) -> String {
        token.kind == .end ? "end of expression" : Bytes.quoted(Bytes.text(bytes, token.offset..<token.end))
    }
}
