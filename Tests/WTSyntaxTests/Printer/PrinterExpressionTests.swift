import Testing
import WTSyntax

@Suite("Printer: expressions")
struct PrinterExpressionTests {
    static let primaries: [PrintCase<Expr>] = [
        .init(.str("love"), #""love""#),
        .init(.int(0), "0"),
        .init(.int(1_000_000), "1000000"),
        .init(.int(-5), "-5"),
        .init(.number("12.5"), "12.5"),
        .init(.number("0.000"), "0.000"),
        .init(.bool(true), "true"),
        .init(.bool(false), "false"),
        .init(.list(.int(1), .int(2), .int(3)), "[1, 2, 3]"),
        .init(.list(.str("a")), #"["a"]"#),
        .init(.list(), "[]"),
        .init(.list(.list(), .list(.bool(true))), "[[], [true]]"),
        .init(.path("tag"), "tag"),
        .init(.path("item.author.name"), "item.author.name"),
        .init(.url, "url"),
        .init(.title, "title"),
        .init(.exists(.css("li.next > a")), #"exists "li.next > a""#),
        .init(.count(.css(".quote")), #"count ".quote""#),
        .init(.count(path: "page.items"), "count page.items"),
        .init(.allHave("quotes", "text", "author"), "all quotes have text, author"),
        .init(.allHave("data.rows", "id"), "all data.rows have id"),
        .init(.negate(.int(1)), "-1"),
        .init(.negate(.number("2.5")), "-2.5"),
        .init(.paren(.path("a")), "(a)"),
        .init(.paren(.paren(.int(1))), "((1))"),
        .init(.not(.path("done")), "not done"),
        .init(.not(.not(.path("done"))), "not not done"),
    ]

    @Test("primaries and unary forms", arguments: primaries)
    func primary(_ c: PrintCase<Expr>) {
        #expect(Printer.print(c.node) == c.expected)
    }

    @Test("every binary operator has one space on each side", arguments: BinaryOp.allCases)
    func binaryOperator(_ op: BinaryOp) {
        #expect(Printer.print(.binary(op, .path("a"), .path("b"))) == "a \(op.rawValue) b")
    }

    private static let a = Expr.path("a"), b = Expr.path("b"), c = Expr.path("c")

    static let precedence: [PrintCase<Expr>] = [
        // Tighter children need nothing.
        .init(.binary(.or, .binary(.and, a, b), c), "a and b or c"),
        .init(.binary(.or, a, .binary(.and, b, c)), "a or b and c"),
        .init(.binary(.equal, .binary(.plus, a, b), c), "a + b == c"),
        .init(.binary(.less, a, .binary(.minus, b, c)), "a < b - c"),
        .init(.binary(.and, .not(a), b), "not a and b"),
        .init(.binary(.or, a, .not(b)), "a or not b"),
        .init(.not(.binary(.equal, a, b)), "not a == b"),
        .init(.not(.binary(.plus, a, b)), "not a + b"),
        .init(.binary(.minus, a, .negate(.int(1))), "a - -1"),
        .init(.binary(.and, .allHave("xs", "p", "q"), c), "all xs have p, q and c"),
        // Left association needs nothing on the left, parentheses on the right.
        .init(.binary(.minus, .binary(.minus, a, b), c), "a - b - c"),
        .init(.binary(.minus, a, .binary(.minus, b, c)), "a - (b - c)"),
        .init(.binary(.plus, a, .binary(.minus, b, c)), "a + (b - c)"),
        .init(.binary(.or, .binary(.or, a, b), c), "a or b or c"),
        .init(.binary(.or, a, .binary(.or, b, c)), "a or (b or c)"),
        .init(.binary(.and, a, .binary(.and, b, c)), "a and (b and c)"),
        // Looser children get parentheses.
        .init(.binary(.and, .binary(.or, a, b), c), "(a or b) and c"),
        .init(.binary(.and, a, .binary(.or, b, c)), "a and (b or c)"),
        .init(.binary(.plus, .binary(.equal, a, b), c), "(a == b) + c"),
        .init(.binary(.equal, .binary(.and, a, b), c), "(a and b) == c"),
        .init(.not(.binary(.and, a, b)), "not (a and b)"),
        .init(.not(.binary(.or, a, b)), "not (a or b)"),
        .init(.binary(.equal, .not(a), b), "(not a) == b"),
        .init(.binary(.equal, a, .not(b)), "a == (not b)"),
        .init(.binary(.plus, .int(1), .not(b)), "1 + (not b)"),
        .init(.negate(.binary(.plus, a, b)), "-(a + b)"),
        // Comparisons do not chain.
        .init(.binary(.equal, .binary(.equal, a, b), c), "(a == b) == c"),
        .init(.binary(.less, a, .binary(.greater, b, c)), "a < (b > c)"),
        // The author's parentheses are kept even where they are redundant.
        .init(.binary(.and, .paren(.binary(.or, a, b)), c), "(a or b) and c"),
        .init(.binary(.or, .paren(.binary(.and, a, b)), c), "(a and b) or c"),
        .init(.not(.paren(.path("a"))), "not (a)"),
    ]

    @Test("parentheses are added only where the tree would not re-parse", arguments: precedence)
    func parentheses(_ c: PrintCase<Expr>) {
        #expect(Printer.print(c.node) == c.expected)
    }

    /// A chain parses into a tree as deep as it is long; printing it must not recurse once per operator.
    @Test("a 20,000-operand chain prints in order without running out of stack")
    func chain() {
        var expr = Expr.int(0)
        var expected = ["0"]
        for i in 1...20_000 {
            let op: BinaryOp = i.isMultiple(of: 2) ? .plus : .minus
            expr = .binary(op, expr, .int(i))
            expected.append("\(op.rawValue) \(i)")
        }
        #expect(Printer.print(expr) == expected.joined(separator: " "))
    }

    @Test("a 10,000-branch else-if chain prints without running out of stack")
    func elseIfChain() {
        var statement = Statement(.ifElse(condition: .int(0), then: Block(), otherwise: nil))
        for i in 1...10_000 {
            statement = Statement(.ifElse(condition: .int(i), then: Block(), otherwise: .elseIf(statement)))
        }
        let lines = printedBody(.body(statement)).split(separator: "\n")
        #expect(lines.count == 10_002)
        #expect(lines.first == "if 10000 {")
        #expect(lines.dropFirst().first == "} else if 9999 {")
        #expect(lines.last == "}")
    }
}
