import Testing
import WTSyntax

@Suite("Printer: types and declarations")
struct PrinterDeclarationTests {
    private static func scalar(_ s: ScalarType, optional: Bool = false) -> TypeExpr {
        TypeExpr(.scalar(s), optional: optional)
    }

    private static func record(_ fields: (String, TypeExpr)..., optional: Bool = false) -> TypeExpr {
        TypeExpr(.record(fields.map { FieldType(name: Identifier($0.0), type: $0.1) }), optional: optional)
    }

    private static func list(_ element: TypeExpr, optional: Bool = false) -> TypeExpr {
        TypeExpr(.list(element), optional: optional)
    }

    static let types: [PrintCase<TypeExpr>] =
        ScalarType.allCases.map { .init(scalar($0), $0.rawValue) } + [
            .init(scalar(.string, optional: true), "string?"),
            .init(list(scalar(.string)), "[string]"),
            .init(list(scalar(.url, optional: true), optional: true), "[url?]?"),
            .init(list(list(scalar(.int))), "[[int]]"),
            .init(record(("a", scalar(.string))), "{ a: string }"),
            .init(record(("a", scalar(.string)), ("b", list(scalar(.int)))), "{ a: string, b: [int] }"),
            .init(record(("a", record(("b", scalar(.date))))), "{ a: { b: date } }"),
            .init(record(("a", scalar(.bool)), optional: true), "{ a: bool }?"),
            .init(
                list(record(("text", scalar(.string)), ("tags", list(scalar(.string))))),
                "[{ text: string, tags: [string] }]"),
            .init(TypeExpr(.record([])), "{}"),
        ]

    @Test("types print on one line with spaces inside record braces", arguments: types)
    func type(_ c: PrintCase<TypeExpr>) {
        #expect(Printer.print(c.node) == c.expected)
    }

    private static func param(_ name: String, _ type: TypeExpr, _ value: Expr? = nil) -> Declaration {
        Declaration(.param(name: Identifier(name), type: type, defaultValue: value))
    }

    private static func output(_ name: String, _ type: TypeExpr) -> Declaration {
        Declaration(.output(name: Identifier(name), type: type))
    }

    static let declarations: [PrintCase<Declaration>] = [
        .init(param("tag", scalar(.string)), "param tag: string"),
        .init(param("tag", scalar(.string), .str("love")), #"param tag: string = "love""#),
        .init(param("n", scalar(.int), .negate(.int(1))), "param n: int = -1"),
        .init(param("rate", scalar(.number), .number("1.5")), "param rate: number = 1.5"),
        .init(param("enabled", scalar(.bool), .bool(false)), "param enabled: bool = false"),
        .init(param("tags", list(scalar(.string)), .list()), "param tags: [string] = []"),
        .init(param("ids", list(scalar(.int)), .list(.int(1), .negate(.int(2)))), "param ids: [int] = [1, -2]"),
        .init(param("password", scalar(.secret)), "param password: secret"),
        .init(
            output("quotes", list(record(("text", scalar(.string)), ("author", scalar(.string))))),
            "output quotes: [{ text: string, author: string }]"),
        .init(output("note", scalar(.string, optional: true)), "output note: string?"),
    ]

    @Test("short declarations print on one line", arguments: declarations)
    func declaration(_ c: PrintCase<Declaration>) {
        expectText(Printer.print(Program.named("t", declarations: [c.node])), "program \"t\"\n\n\(c.expected)\n")
    }

    /// `output n: { <field>: string }` is 22 columns plus the field name.
    private static func declaration(width: Int) -> Declaration {
        output("n", record((String(repeating: "f", count: width - 22), scalar(.string))))
    }

    @Test("a declaration of exactly 100 columns stays on one line")
    func atLimit() {
        let text = Printer.print(Program.named("t", declarations: [Self.declaration(width: 100)]))
        #expect(text.split(separator: "\n").last?.count == 100)
    }

    @Test("a declaration of 101 columns wraps its record")
    func overLimit() {
        let text = Printer.print(Program.named("t", declarations: [Self.declaration(width: 101)]))
        let field = String(repeating: "f", count: 79)
        expectText(text, "program \"t\"\n\noutput n: {\n  \(field): string,\n}\n")
    }

    private static let product = record(
        ("name", scalar(.string)), ("price", scalar(.number)), ("currency", scalar(.string, optional: true)),
        ("url", scalar(.url)), ("seller", record(("name", scalar(.string)), ("rating", scalar(.number)))),
        ("images", list(scalar(.url))))

    @Test("a long declaration wraps its outermost record, one field per line, nested records inline")
    func wrapsOutermostRecord() {
        let program = Program.named(
            "t",
            declarations: [
                Declaration(
                    .output(name: Identifier("products"), type: Self.list(Self.product)),
                    trivia: .trail("one per card")),
                Self.output("pages", Self.list(Self.list(Self.product), optional: true)),
                Self.output("best", Self.product),
            ])
        expectText(
            Printer.print(program),
            """
            program "t"

            output products: [{
              name: string,
              price: number,
              currency: string?,
              url: url,
              seller: { name: string, rating: number },
              images: [url],
            }]  # one per card
            output pages: [[{
              name: string,
              price: number,
              currency: string?,
              url: url,
              seller: { name: string, rating: number },
              images: [url],
            }]]?
            output best: {
              name: string,
              price: number,
              currency: string?,
              url: url,
              seller: { name: string, rating: number },
              images: [url],
            }

            """)
    }

    @Test("a long declaration without a record stays on one line")
    func longScalar() {
        let values = (1...40).map { Expr.int($0) }
        let declaration = Self.param("pages", Self.list(Self.scalar(.int)), Expr(.list(values)))
        let text = Printer.print(Program.named("t", declarations: [declaration]))
        #expect(text.split(separator: "\n").count == 2)
        #expect(text.hasSuffix("39, 40]\n"))
    }

    @Test("the type fragment never wraps")
    func fragmentInline() {
        #expect(!Printer.print(Self.list(Self.product)).contains("\n"))
    }
}
