import Testing
import WTSyntax

@Suite("Printer: strings and locators")
struct PrinterLiteralTests {
    static let strings: [PrintCase<StringLiteral>] = [
        .init(.plain(""), #""""#),
        .init(StringLiteral([]), #""""#),
        .init(.plain("plain"), #""plain""#),
        .init(.plain(#"back\slash"#), #""back\\slash""#),
        .init(.plain(#"say "hi""#), #""say \"hi\"""#),
        .init(.plain("two\nlines"), #""two\nlines""#),
        .init(.plain("a\tb"), #""a\tb""#),
        .init(.plain("{not} interpolated"), #""\{not\} interpolated""#),
        .init(.plain("\\\"\n\t{}"), #""\\\"\n\t\{\}""#),
        .init(.plain("café ☕︎ 日本 🇫🇷"), "\"café ☕︎ 日本 🇫🇷\""),
        .init(.plain("bell\u{7}cr\r"), "\"bell\u{7}cr\r\""),
        .init(.plain("#not-a-comment"), ##""#not-a-comment""##),
        .init(
            StringLiteral([.text("https://quotes.toscrape.com/tag/"), .interpolation(.dotted("tag")), .text("/")]),
            #""https://quotes.toscrape.com/tag/{tag}/""#),
        .init(StringLiteral([.interpolation(.dotted("item.url"))]), #""{item.url}""#),
        .init(StringLiteral([.interpolation(.dotted("a")), .interpolation(.dotted("b"))]), #""{a}{b}""#),
        .init(StringLiteral([.text("{"), .interpolation(.dotted("a")), .text("}")]), #""\{{a}\}""#),
    ]

    @Test("strings escape exactly the six escapable characters", arguments: strings)
    func string(_ c: PrintCase<StringLiteral>) {
        #expect(Printer.print(Expr(.string(c.node))) == c.expected)
    }

    static let locators: [PrintCase<Locator>] = [
        .init(.css(".quote"), #"".quote""#),
        .init(.css(".quote", first: true), #"first ".quote""#),
        .init(.choices(.xpath(.plain("//a[@rel='next']"))), #"xpath "//a[@rel='next']""#),
        .init(.choices(.label(.plain("Email"))), #"label "Email""#),
        .init(.choices(.testid(.plain("submit-btn"))), #"testid "submit-btn""#),
        .init(.choices(.text(.plain("Next"))), #"text "Next""#),
        .init(.choices(.placeholder(.plain("Search…"))), #"placeholder "Search…""#),
        .init(.choices(.role(Identifier("button"), name: nil)), "role button"),
        .init(.choices(.role(Identifier("button"), name: .plain("Submit"))), #"role button "Submit""#),
        .init(.choices(.role(Identifier("option"), name: .plain("Large"))), #"role option "Large""#),
        .init(.choices(.text(StringLiteral([.interpolation(.dotted("target"))]))), #"text "{target}""#),
        .init(
            .choices(.css(.plain("a.next")), .text(.plain("Next")), .role(Identifier("link"), name: .plain("Next"))),
            #""a.next" | text "Next" | role link "Next""#),
        .init(.choices(.css(.plain(".a")), .css(.plain(".b")), first: true), #"first ".a" | ".b""#),
        .init(.choices(.css(.plain(#"a[title="x"]"#))), #""a[title=\"x\"]""#),
    ]

    @Test("locators print bare CSS, keywords for the other kinds, and ' | ' between choices", arguments: locators)
    func locator(_ c: PrintCase<Locator>) {
        #expect(Printer.print(c.node) == c.expected)
    }
}
