import Testing
import WTSyntax

@Suite("Printer: blocks and record bodies")
struct PrinterBlockTests {
    private let click = Statement(.click(.css("a"), timeout: nil))

    @Test("within, for each and repeat indent their bodies by two spaces")
    func loops() {
        let program = Program.body(
            Statement(.within(.css("iframe#pay"), Block([click]))),
            Statement(
                .forEach(
                    variable: Identifier("item"), list: .path("items"), concurrency: nil,
                    body: Block([
                        Statement(.open(.path("item.url")))
                    ]))),
            Statement(
                .forEach(
                    variable: Identifier("item"), list: .path("items"), concurrency: .int(4),
                    body: Block([click]))),
            Statement(.repeatLoop(count: .path("max_pages"), counter: nil, body: Block([click]))),
            Statement(.repeatLoop(count: .int(3), counter: Identifier("i"), body: Block([click]))),
            Statement(.repeatLoop(count: nil, counter: Identifier("i"), body: Block([click]))),
            Statement(.repeatLoop(count: nil, counter: nil, body: Block([click]))))
        expectText(
            printedBody(program),
            """
            within "iframe#pay" {
              click "a"
            }
            for each item in items {
              open item.url
            }
            for each item in items concurrency 4 {
              click "a"
            }
            repeat max_pages {
              click "a"
            }
            repeat 3 as i {
              click "a"
            }
            repeat as i {
              click "a"
            }
            repeat {
              click "a"
            }

            """)
    }

    @Test("an empty block is an opening and a closing brace on two lines")
    func emptyBlock() {
        let program = Program.body(
            Statement(.within(.css("form"), Block())),
            Statement(.ifElse(condition: .bool(true), then: Block(), otherwise: .block(Block()))))
        expectText(
            printedBody(program),
            """
            within "form" {
            }
            if true {
            } else {
            }

            """)
    }

    @Test("nested blocks indent one more level each")
    func nested() {
        let inner = Statement(
            .ifElse(
                condition: .not(.exists(.css("li.next > a"))),
                then: Block([Statement(.breakLoop)]), otherwise: nil))
        let program = Program.body(
            Statement(
                .repeatLoop(
                    count: .int(10), counter: nil,
                    body: Block([
                        Statement(.within(.css("main"), Block([inner]))), click,
                    ]))))
        expectText(
            printedBody(program),
            """
            repeat 10 {
              within "main" {
                if not exists "li.next > a" {
                  break
                }
              }
              click "a"
            }

            """)
    }

    @Test("else if and else chain on the closing-brace line")
    func ifChain() {
        let third = Statement(
            .ifElse(
                condition: .binary(.equal, .path("n"), .int(3)), then: Block([click]),
                otherwise: .block(Block([Statement(.returnProgram)]))))
        let second = Statement(
            .ifElse(
                condition: .binary(.equal, .path("n"), .int(2)), then: Block(),
                otherwise: .elseIf(third)))
        let first = Statement(
            .ifElse(
                condition: .binary(.equal, .path("n"), .int(1)), then: Block([click]),
                otherwise: .elseIf(second)))
        expectText(
            printedBody(.body(first)),
            """
            if n == 1 {
              click "a"
            } else if n == 2 {
            } else if n == 3 {
              click "a"
            } else {
              return
            }

            """)
    }

    @Test("each and one print one field per line without alignment")
    func records() {
        let body = RecordBody([
            FieldBinding(name: Identifier("text"), value: .extraction(.read(.text, .css(".text")))),
            FieldBinding(name: Identifier("author_name"), value: .extraction(.read(.text, .css("small.author")))),
            FieldBinding(name: Identifier("link"), value: .extraction(.read(.attr, .css("a"), attribute: "href"))),
            FieldBinding(name: Identifier("page"), value: .expr(.path("page_number"))),
            FieldBinding(name: Identifier("source"), value: .expr(.url)),
        ])
        let program = Program.body(
            .extract("quotes", .append, .each(.css(".quote"), body)),
            .extract(
                "detail",
                .one(
                    .css("#main", first: true),
                    RecordBody([
                        FieldBinding(name: Identifier("price"), value: .extraction(.read(.number, .css(".price"))))
                    ]))),
            .extract("nothing", .one(.css("#x"), RecordBody())))
        expectText(
            printedBody(program),
            """
            extract quotes += each ".quote" {
              text = text ".text"
              author_name = text "small.author"
              link = attr "href" of "a"
              page = page_number
              source = url
            }
            extract detail = one first "#main" {
              price = number ".price"
            }
            extract nothing = one "#x" {
            }

            """)
    }

    static let fieldExpressions: [PrintCase<Expr>] = [
        .init(.exists(.css(".a")), #"exists ".a""#),
        .init(.count(.css(".a")), #"count ".a""#),
        .init(.binary(.and, .exists(.css(".a")), .path("x")), #"(exists ".a" and x)"#),
        .init(.binary(.plus, .binary(.plus, .count(.css(".a")), .int(1)), .int(2)), #"(count ".a" + 1 + 2)"#),
        .init(.binary(.equal, .count(.css(".a")), .int(1)), #"(count ".a" == 1)"#),
        .init(.binary(.and, .binary(.or, .exists(.css(".a")), .path("x")), .path("y")), #"(exists ".a" or x) and y"#),
        .init(.binary(.plus, .count(path: "items"), .int(1)), "count items + 1"),
        .init(.binary(.and, .not(.exists(.css(".a"))), .path("x")), #"not exists ".a" and x"#),
        .init(.binary(.and, .url, .path("x")), "url and x"),
    ]

    /// In a record field, `exists L` and `count L` open a field kind, so an operator expression that starts
    /// with one is parenthesised to keep the operator inside the field's expression.
    @Test("a field expression that opens like a field kind is parenthesised", arguments: fieldExpressions)
    func fieldExpression(_ c: PrintCase<Expr>) {
        let body = RecordBody([FieldBinding(name: Identifier("v"), value: .expr(c.node))])
        expectText(
            printedBody(.body(.extract("r", .one(.css("main"), body)))),
            """
            extract r = one "main" {
              v = \(c.expected)
            }

            """)
    }
}
