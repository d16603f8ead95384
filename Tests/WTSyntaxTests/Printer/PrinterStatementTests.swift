import Testing
import WTSyntax

@Suite("Printer: one-line statements")
struct PrinterStatementTests {
    static let steps: [PrintCase<Statement>] = [
        .init(Statement(.open(.str("https://example.com/"))), #"open "https://example.com/""#),
        .init(Statement(.open(.path("item.url"))), "open item.url"),
        .init(Statement(.click(.css("a.next"), timeout: nil)), #"click "a.next""#),
        .init(Statement(.click(.css("a.next"), timeout: .ms(5_000))), #"click "a.next" timeout 5s"#),
        .init(Statement(.fill(.css("#q"), value: .path("query"), timeout: nil)), ##"fill "#q" with query"##),
        .init(
            Statement(.fill(.choices(.label(.plain("Email"))), value: .str("a@b.c"), timeout: .ms(250))),
            #"fill label "Email" with "a@b.c" timeout 250ms"#),
        .init(
            Statement(.select(.css("#size"), by: .option, value: .str("Large"), timeout: nil)),
            ##"select "#size" option "Large""##),
        .init(
            Statement(.select(.css("#size"), by: .value, value: .str("L"), timeout: .ms(120_000))),
            ##"select "#size" value "L" timeout 2m"##),
        .init(Statement(.check(.css("#terms"), checked: true, timeout: nil)), ##"check "#terms""##),
        .init(
            Statement(.check(.css("#news"), checked: false, timeout: .ms(1_500))),
            ##"uncheck "#news" timeout 1500ms"##),
        .init(Statement(.press(key: .plain("Enter"), on: nil)), #"press "Enter""#),
        .init(Statement(.press(key: .plain("Tab"), on: .css("#q"))), ##"press "Tab" on "#q""##),
        .init(Statement(.scroll(.page)), "scroll"),
        .init(Statement(.scroll(.to(.css("footer")))), #"scroll to "footer""#),
        .init(Statement(.scroll(.untilNoNew(.css(".card"), max: .int(20)))), #"scroll until no new ".card" max 20"#),
        .init(
            Statement(.scroll(.until(.exists(.css(".end")), max: .path("limit")))),
            #"scroll until exists ".end" max limit"#),
        .init(Statement(.waitFor(.exists(.css(".done")), timeout: nil)), #"wait for exists ".done""#),
        .init(
            Statement(.waitFor(.binary(.matches, .url, .str("/page/")), timeout: .ms(30_000))),
            #"wait for url ~ "/page/" timeout 30s"#),
        .init(Statement(.back), "back"),
        .init(
            Statement(.download(.css("a.pdf"), into: Identifier("report"), timeout: nil)),
            #"download "a.pdf" into report"#),
        .init(
            Statement(.download(.css("a.pdf"), into: Identifier("report"), timeout: .ms(60_000))),
            #"download "a.pdf" into report timeout 1m"#),
        .init(Statement(.breakLoop), "break"),
        .init(Statement(.returnProgram), "return"),
        .init(Statement(.letBinding(target: Identifier("n"), op: .assign, .int(1))), "let n = 1"),
        .init(
            Statement(.letBinding(target: Identifier("seen"), op: .append, .path("item.url"))),
            "let seen += item.url"),
        .init(
            Statement(.expect(.binary(.greaterEqual, .count(path: "quotes"), .int(1)))),
            "expect count quotes >= 1"),
        .init(Statement(.expect(.allHave("quotes", "text", "author"))), "expect all quotes have text, author"),
    ]

    @Test("a one-line statement prints on one line", arguments: steps)
    func oneLine(_ c: PrintCase<Statement>) {
        expectText(printedBody(.body(c.node)), c.expected + "\n")
    }

    static let extractions: [PrintCase<Extraction>] =
        FieldKind.allCases.map { kind in
            let attribute = kind == .attr || kind == .attrs
            let field = FieldExtraction.read(kind, .css(".x"), attribute: attribute ? "href" : nil)
            return .init(.field(field), attribute ? #"\#(kind) "href" of ".x""# : #"\#(kind) ".x""#)
        } + [
            .init(.table(.css("table.prices"), range: .at(0)), #"table "table.prices""#)
        ]

    @Test("every field kind and table print after extract", arguments: extractions)
    func extract(_ c: PrintCase<Extraction>) {
        expectText(printedBody(.body(.extract("v", c.node))), "extract v = \(c.expected)\n")
        expectText(printedBody(.body(.extract("v", .append, c.node))), "extract v += \(c.expected)\n")
    }

    @Test(
        "durations use the largest exact unit",
        arguments: [
            (0, "0ms"), (1, "1ms"), (500, "500ms"), (999, "999ms"), (1_000, "1s"), (1_500, "1500ms"),
            (5_000, "5s"), (59_000, "59s"), (60_000, "1m"), (61_000, "61s"), (90_000, "90s"), (120_000, "2m"),
            (3_600_000, "60m"), (60_001, "60001ms"),
        ])
    func durations(_ milliseconds: Int, _ expected: String) {
        let statement = Statement(.click(.css("a"), timeout: .ms(milliseconds)))
        expectText(printedBody(.body(statement)), "click \"a\" timeout \(expected)\n")
    }
}
