import Testing
import WTSyntax

/// `parse(print(ast))` has the tree of `ast` for the hand-built ASTs of the other printer suites.
@Suite("Printer: hand-built trees survive print and parse")
struct PrinterTreeRoundTripTests {
    @Test("one-line statements", arguments: PrinterStatementTests.steps)
    func statement(_ c: PrintCase<Statement>) {
        RoundTrip.expectSameTree(.body(c.node))
    }

    @Test("extractions", arguments: PrinterStatementTests.extractions)
    func extraction(_ c: PrintCase<Extraction>) {
        RoundTrip.expectSameTree(.body(.extract("v", c.node), .extract("w", .append, c.node)))
    }

    /// `.int(-5)` is the one primary the parser spells differently (as `-` applied to 5).
    @Test("primaries", arguments: PrinterExpressionTests.primaries.filter { $0.expected != "-5" })
    func primary(_ c: PrintCase<Expr>) {
        RoundTrip.expectSameTree(Self.binding(c.node))
    }

    /// `-(a + b)` prints but does not parse: the grammar has `-` only before number literals.
    @Test(
        "operators and parentheses, up to the parentheses the printer adds",
        arguments: PrinterExpressionTests.precedence.filter { $0.expected != "-(a + b)" })
    func precedence(_ c: PrintCase<Expr>) {
        let reparsed = RoundTrip.parse(Printer.print(Self.binding(c.node)))
        guard case .letBinding(_, _, let value)? = reparsed.statements.first?.kind else {
            Issue.record("expected a let statement")
            return
        }
        expectText(
            ASTDump.dump(Self.binding(Self.withoutParens(value)), trivia: true),
            ASTDump.dump(Self.binding(Self.withoutParens(c.node)), trivia: true))
    }

    @Test("strings", arguments: PrinterLiteralTests.strings)
    func string(_ c: PrintCase<StringLiteral>) {
        RoundTrip.expectSameTree(Self.binding(Expr(.string(c.node))))
    }

    @Test("locators", arguments: PrinterLiteralTests.locators)
    func locator(_ c: PrintCase<Locator>) {
        RoundTrip.expectSameTree(.body(Statement(.click(c.node, timeout: nil))))
    }

    @Test("declarations", arguments: PrinterDeclarationTests.declarations)
    func declaration(_ c: PrintCase<Declaration>) {
        RoundTrip.expectSameTree(.named("t", declarations: [c.node]))
    }

    @Test("types, wrapped and not", arguments: PrinterDeclarationTests.types.filter { $0.expected != "{}" })
    func type(_ c: PrintCase<TypeExpr>) {
        let long = TypeExpr(
            .record([
                FieldType(name: Identifier(String(repeating: "x", count: 90)), type: c.node)
            ]))
        RoundTrip.expectSameTree(
            .named(
                "t",
                declarations: [
                    Declaration(.output(name: Identifier("short"), type: c.node)),
                    Declaration(.output(name: Identifier("long"), type: long)),
                ]))
    }

    /// The printed text parses without errors and is a fixed point; the tree may gain the guarding
    /// parentheses, and a lone `exists L` comes back as the field kind of the same meaning.
    @Test("field expressions that open like field kinds still parse", arguments: PrinterBlockTests.fieldExpressions)
    func fieldExpression(_ c: PrintCase<Expr>) {
        let body = RecordBody([FieldBinding(name: Identifier("v"), value: .expr(c.node))])
        let text = Printer.print(.body(.extract("r", .one(.css("main"), body))))
        expectText(Printer.print(RoundTrip.parse(text)), text)
    }

    @Test("a generated program of 1,000 loops")
    func large() {
        RoundTrip.expectSameTree(PrinterScaleTests.largeProgram(loops: 1_000))
    }

    private static func binding(_ value: Expr) -> Program {
        .body(Statement(.letBinding(target: Identifier("v"), op: .assign, value)))
    }

    /// The tree with every `.paren` removed, to compare trees up to the parentheses the printer adds.
    static func withoutParens(_ expr: Expr) -> Expr {
        switch expr.kind {
        case .paren(let inner): withoutParens(inner)
        case .binary(let op, let lhs, let rhs): Expr(.binary(op, withoutParens(lhs), withoutParens(rhs)))
        case .not(let operand): Expr(.not(withoutParens(operand)))
        case .negate(let operand): Expr(.negate(withoutParens(operand)))
        case .list(let elements): Expr(.list(elements.map(withoutParens)))
        default: expr
        }
    }
}

@Suite("Printer: random programs survive print and parse")
struct PrinterRandomRoundTripTests {
    @Test("a seeded random program prints, parses back to its tree and prints the same", arguments: 1...200)
    func random(_ seed: Int) {
        var generator = PrinterRandomTrees(seed: UInt64(seed))
        let program = generator.program()
        let text = Printer.print(program)
        let reparsed = RoundTrip.parse(text)
        expectText(ASTDump.dump(reparsed, trivia: true), ASTDump.dump(program, trivia: true))
        expectText(Printer.print(reparsed), text)
    }
}
