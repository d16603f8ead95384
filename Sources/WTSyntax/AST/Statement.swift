import WTDiagnostics

/// One line-level step (`statement` in the grammar), with its comments.
public struct Statement: Sendable, Hashable {
    public indirect enum Kind: Sendable, Hashable {
        case open(Expr)
        case click(Locator, timeout: DurationLiteral?)
        case fill(Locator, value: Expr, timeout: DurationLiteral?)
        case select(Locator, by: SelectBy, value: Expr, timeout: DurationLiteral?)
        /// `check` (checked: true) or `uncheck` (checked: false).
        case check(Locator, checked: Bool, timeout: DurationLiteral?)
        case press(key: StringLiteral, on: Locator?)
        case scroll(Scroll)
        case waitFor(Expr, timeout: DurationLiteral?)
        case back
        case download(Locator, into: Identifier, timeout: DurationLiteral?)
        case within(Locator, Block)
        case forEach(variable: Identifier, list: Expr, concurrency: Expr?, body: Block)
        /// `repeat [count] [as counter] { … }`; a nil count parses, and the checker rejects it.
        case repeatLoop(count: Expr?, counter: Identifier?, body: Block)
        case ifElse(condition: Expr, then: Block, otherwise: Else?)
        case breakLoop
        case returnProgram
        case extract(target: Identifier, op: AssignOp, Extraction)
        case letBinding(target: Identifier, op: AssignOp, Expr)
        case expect(Expr)
    }

    public var kind: Kind
    public var trivia: Trivia
    public var range: SourceRange

    public init(_ kind: Kind, trivia: Trivia = Trivia(), range: SourceRange = .at(0)) {
        self.kind = kind
        self.trivia = trivia
        self.range = range
    }
}

/// `{ … }` of statements; `closingComments` are own-line comments before the `}`.
public struct Block: Sendable, Hashable {
    public var statements: [Statement]
    public var closingComments: [Comment]
    public var range: SourceRange

    public init(_ statements: [Statement] = [], closingComments: [Comment] = [], range: SourceRange = .at(0)) {
        self.statements = statements
        self.closingComments = closingComments
        self.range = range
    }
}

/// What follows `else`: another `if`, or a block.
public indirect enum Else: Sendable, Hashable {
    case elseIf(Statement)
    case block(Block)
}

public enum SelectBy: String, Sendable, Hashable {
    /// By visible text.
    case option
    /// By the `value` attribute.
    case value
}

public enum AssignOp: String, Sendable, Hashable {
    case assign = "="
    case append = "+="
}

public enum Scroll: Sendable, Hashable {
    /// `scroll`: one screen down.
    case page
    case to(Locator)
    /// `scroll until no new L max N`
    case untilNoNew(Locator, max: Expr)
    /// `scroll until COND max N`
    case until(Expr, max: Expr)
}

/// A duration literal (`500ms`, `5s`, `2m`), kept in milliseconds; the printer picks the largest exact unit.
public struct DurationLiteral: Sendable, Hashable {
    public var milliseconds: Int
    public var range: SourceRange

    public init(milliseconds: Int, range: SourceRange = .at(0)) {
        self.milliseconds = milliseconds
        self.range = range
    }
}
