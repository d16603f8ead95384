import Testing
import WTSyntax
import WTTestSupport

// Short constructors for hand-built ASTs in the printer tests. They are static members of the AST types,
// so a test reads like the tree it builds: `.binary(.plus, .path("a"), .int(1))`. Ranges are left at 0.

extension StringLiteral {
    static func plain(_ text: String) -> StringLiteral { StringLiteral(text: text) }
}

extension Locator {
    static func css(_ selector: String, first: Bool = false) -> Locator {
        Locator(first: first, choices: [LocatorChoice(.css(.plain(selector)))])
    }

    static func choices(_ kinds: LocatorChoice.Kind..., first: Bool = false) -> Locator {
        Locator(first: first, choices: kinds.map { LocatorChoice($0) })
    }
}

extension Expr {
    static func str(_ text: String) -> Expr { Expr(.string(.plain(text))) }
    static func string(_ parts: StringLiteral.Part...) -> Expr { Expr(.string(StringLiteral(parts))) }
    static func int(_ value: Int) -> Expr { Expr(.int(value)) }
    static func number(_ text: String) -> Expr { Expr(.number(text)) }
    static func bool(_ value: Bool) -> Expr { Expr(.bool(value)) }
    static func list(_ elements: Expr...) -> Expr { Expr(.list(elements)) }
    /// `a.b.c`, split at the dots.
    static func path(_ dotted: String) -> Expr { Expr(.path(.dotted(dotted))) }
    static var url: Expr { Expr(.url) }
    static var title: Expr { Expr(.title) }
    static func exists(_ locator: Locator) -> Expr { Expr(.exists(locator)) }
    static func count(_ locator: Locator) -> Expr { Expr(.count(.locator(locator))) }
    static func count(path dotted: String) -> Expr { Expr(.count(.path(.dotted(dotted)))) }
    static func allHave(_ list: String, _ fields: String...) -> Expr {
        Expr(.allHave(list: .dotted(list), fields: fields.map { Identifier($0) }))
    }
    static func negate(_ operand: Expr) -> Expr { Expr(.negate(operand)) }
    static func not(_ operand: Expr) -> Expr { Expr(.not(operand)) }
    static func paren(_ inner: Expr) -> Expr { Expr(.paren(inner)) }
    static func binary(_ op: BinaryOp, _ lhs: Expr, _ rhs: Expr) -> Expr { Expr(.binary(op, lhs, rhs)) }
}

extension Array where Element == Identifier {
    static func dotted(_ text: String) -> [Identifier] {
        text.split(separator: ".").map { Identifier(String($0)) }
    }
}

extension DurationLiteral {
    static func ms(_ value: Int) -> DurationLiteral { DurationLiteral(milliseconds: value) }
}

extension Trivia {
    static func lead(_ texts: String...) -> Trivia {
        Trivia(leadingComments: texts.map { WTSyntax.Comment($0) })
    }

    static func trail(_ text: String) -> Trivia { Trivia(trailingComment: WTSyntax.Comment(text)) }
    static var blank: Trivia { Trivia(blankLineBefore: true) }
}

extension Statement {
    static func extract(_ name: String, _ op: AssignOp, _ extraction: Extraction) -> Statement {
        Statement(.extract(target: Identifier(name), op: op, extraction))
    }

    static func extract(_ name: String, _ extraction: Extraction) -> Statement { extract(name, .assign, extraction) }
}

extension FieldExtraction {
    static func read(_ kind: FieldKind, _ locator: Locator, attribute: String? = nil) -> FieldExtraction {
        FieldExtraction(kind: kind, attribute: attribute.map(StringLiteral.plain), locator: locator)
    }
}

extension Program {
    static func named(
        _ name: String, mode: Mode? = nil, declarations: [Declaration] = [],
        statements: [Statement] = [], trailingComments: [String] = []
    ) -> Program {
        Program(
            header: Header(name: .plain(name), mode: mode.map { ModeLine(mode: $0) }),
            declarations: declarations, statements: statements,
            trailingComments: trailingComments.map { WTSyntax.Comment($0) })
    }

    /// A program holding just `statements`, for tests about statement layout.
    static func body(_ statements: Statement...) -> Program { .named("t", statements: statements) }
}

/// The printed statements of `program`, without the `program "t"` line and the blank line after it.
func printedBody(_ program: Program) -> String {
    let text = Printer.print(program)
    let prefix = "program \"t\"\n\n"
    return text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
}

/// Compares whole texts and shows a line diff on failure, which is far easier to read than two strings.
func expectText(_ actual: String, _ expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(
        actual == expected, "\(TextDiff.unified(expected: expected, actual: actual))",
        sourceLocation: sourceLocation)
}

/// One parameterised case: a node and the text it must print as; the text names the case in test output.
struct PrintCase<Node: Sendable>: Sendable, CustomTestStringConvertible {
    var node: Node
    var expected: String

    init(_ node: Node, _ expected: String) {
        self.node = node
        self.expected = expected
    }

    var testDescription: String { expected }
}
