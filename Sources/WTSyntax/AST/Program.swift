import WTDiagnostics

/// The root of a parsed `.wt` file (`program` in grammar/wt.ebnf).
///
/// Every node carries the byte range of its tokens in the source (comments excluded). Equality includes
/// ranges; compare `ASTDump.dump(_:)` to compare structure alone.
public struct Program: Sendable, Hashable {
    public var header: Header
    public var declarations: [Declaration]
    public var statements: [Statement]
    /// Comments after the last statement.
    public var trailingComments: [Comment]
    public var range: SourceRange

    public init(
        header: Header, declarations: [Declaration] = [], statements: [Statement] = [],
        trailingComments: [Comment] = [], range: SourceRange = .at(0)
    ) {
        self.header = header
        self.declarations = declarations
        self.statements = statements
        self.trailingComments = trailingComments
        self.range = range
    }
}

/// `program "name"` and the optional `mode …` line.
public struct Header: Sendable, Hashable {
    public var name: StringLiteral
    public var trivia: Trivia
    public var mode: ModeLine?
    public var range: SourceRange

    public init(name: StringLiteral, trivia: Trivia = Trivia(), mode: ModeLine? = nil, range: SourceRange = .at(0)) {
        self.name = name
        self.trivia = trivia
        self.mode = mode
        self.range = range
    }
}

public enum Mode: String, Sendable, Hashable, CaseIterable {
    case auto, browser, http
}

public struct ModeLine: Sendable, Hashable {
    public var mode: Mode
    public var trivia: Trivia
    public var range: SourceRange

    public init(mode: Mode, trivia: Trivia = Trivia(), range: SourceRange = .at(0)) {
        self.mode = mode
        self.trivia = trivia
        self.range = range
    }
}

/// A comment's text after `#`, with surrounding whitespace trimmed; the printer writes `# text`.
public struct Comment: Sendable, Hashable {
    public var text: String
    public var range: SourceRange

    public init(_ text: String, range: SourceRange = .at(0)) {
        self.text = text
        self.range = range
    }
}

/// What surrounds a line-level node: own-line comments before it, a comment at the end of its last line,
/// and whether a blank line separated it from the previous node (kept, at most one, by the printer).
public struct Trivia: Sendable, Hashable {
    public var leadingComments: [Comment]
    public var trailingComment: Comment?
    public var blankLineBefore: Bool

    public init(leadingComments: [Comment] = [], trailingComment: Comment? = nil, blankLineBefore: Bool = false) {
        self.leadingComments = leadingComments
        self.trailingComment = trailingComment
        self.blankLineBefore = blankLineBefore
    }
}

/// A name as written, with its range.
public struct Identifier: Sendable, Hashable, CustomStringConvertible {
    public var name: String
    public var range: SourceRange

    public init(_ name: String, range: SourceRange = .at(0)) {
        self.name = name
        self.range = range
    }

    public var description: String { name }
}
