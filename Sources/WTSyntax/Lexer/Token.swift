import WTDiagnostics

/// The kind of one lexical token (the UPPER names and quoted terminals of grammar/wt.ebnf).
public enum TokenKind: Sendable, Hashable {
    /// Words, literals and layout: NAME, a reserved word, INT, NUMBER, DURATION, STRING, COMMENT, NEWLINE, EOF.
    case name, keyword(Keyword), int, number, duration, string, comment, newline, eof
    /// Brackets: `{ } [ ] ( )`.
    case leftBrace, rightBrace, leftBracket, rightBracket, leftParen, rightParen
    /// Punctuation and operators: `: , . = += == != < <= > >=`.
    case colon, comma, dot, equal, plusEqual, equalEqual, bangEqual, less, lessEqual, greater, greaterEqual
    /// `~ | + - ?`
    case tilde, pipe, plus, minus, question

    /// How a message names this kind when it is expected (`expected ':'`).
    public var display: String {
        switch self {
        case .name: "a name"
        case .keyword(let k): "'\(k.rawValue)'"
        case .int: "an integer"
        case .number: "a number"
        case .duration: "a duration"
        case .string: "a string"
        case .comment: "a comment"
        case .newline: "newline"
        case .eof: "end of file"
        default: "'\(punctuation)'"
        }
    }

    /// The spelling of a punctuation token; empty for other kinds.
    var punctuation: String {
        switch self {
        case .leftBrace: "{"
        case .rightBrace: "}"
        case .leftBracket: "["
        case .rightBracket: "]"
        case .leftParen: "("
        case .rightParen: ")"
        case .colon: ":"
        case .comma: ","
        case .dot: "."
        case .equal: "="
        case .plusEqual: "+="
        case .equalEqual: "=="
        case .bangEqual: "!="
        case .less: "<"
        case .lessEqual: "<="
        case .greater: ">"
        case .greaterEqual: ">="
        case .tilde: "~"
        case .pipe: "|"
        case .plus: "+"
        case .minus: "-"
        case .question: "?"
        default: ""
        }
    }
}

/// The decoded value a token carries, computed once by the lexer.
public enum TokenValue: Sendable, Hashable {
    /// Punctuation, keywords, NEWLINE and EOF carry no value.
    case none
    /// INT (its value) and DURATION (milliseconds); nil when it overflowed, which the lexer already reported.
    case int(Int?)
    /// NAME and keyword spelling, NUMBER without `_` separators, COMMENT text trimmed.
    case text(String)
    /// STRING, decoded.
    case string(StringLiteral)
}

/// One token with its byte range in the source. Tokens are plain values (no reference-counted payload) so the
/// parser copies them freely; decoded values live in `TokenList.values`.
public struct Token: Sendable, Hashable {
    /// What the token is.
    public var kind: TokenKind
    /// Its UTF-8 byte range in the source (a STRING's range includes its quotes).
    public var range: SourceRange
    /// Index of this token's value in `TokenList.values`, or -1 when it carries none.
    public var valueIndex: Int

    /// A token; `valueIndex` points into the `TokenList.values` it belongs to.
    public init(_ kind: TokenKind, range: SourceRange, valueIndex: Int = -1) {
        self.kind = kind
        self.range = range
        self.valueIndex = valueIndex
    }

    /// The keyword, if this token is one.
    var keyword: Keyword? {
        if case .keyword(let k) = kind { return k }
        return nil
    }

    /// True for NEWLINE, COMMENT (which always runs to the end of its line) and EOF.
    var endsLine: Bool { kind == .newline || kind == .comment || kind == .eof }
}

/// The tokens of one file, ending with `.eof`, and the values some of them carry.
public struct TokenList: Sendable {
    /// Every token in source order, comments and newlines included, ending with `.eof`.
    public var tokens: [Token]
    /// The values referenced by `Token.valueIndex`.
    public var values: [TokenValue]

    /// Tokens and the values they index.
    public init(tokens: [Token], values: [TokenValue]) {
        self.tokens = tokens
        self.values = values
    }

    /// The decoded value of `token`; `.none` for tokens without one.
    public func value(of token: Token) -> TokenValue {
        token.valueIndex >= 0 && token.valueIndex < values.count ? values[token.valueIndex] : .none
    }
}
