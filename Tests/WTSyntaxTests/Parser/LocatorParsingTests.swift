import Testing
import WTSyntax

@Suite("Parsing locators")
struct LocatorParsingTests {
    static let cases: [(String, String)] = [
        (##"".a""##, ##"(css ".a")"##),
        (##"css ".a""##, ##"(css ".a")"##),
        (##"xpath "//a[@id='x']""##, ##"(xpath "//a[@id='x']")"##),
        (##"label "Email""##, ##"(label "Email")"##),
        (##"testid "submit""##, ##"(testid "submit")"##),
        (##"text "Next""##, ##"(text "Next")"##),
        (##"placeholder "Search""##, ##"(placeholder "Search")"##),
        (##"role button "Submit""##, ##"(role button "Submit")"##),
        (##"role option "Red""##, ##"(role option "Red")"##),
        ("role link", "(role link)"),
        (##"text "{wanted}""##, ##"(text "{wanted}")"##),
        (##"first ".a""##, ##"(locator first (css ".a"))"##),
        (##"".a" | xpath "//b" | text "Next""##, ##"(locator (css ".a") (xpath "//b") (text "Next"))"##),
        (##"first role row | ".r""##, ##"(locator first (role row) (css ".r"))"##),
        (##"label exact "Email""##, ##"(label exact "Email")"##),
        (##"text exact "Next""##, ##"(text exact "Next")"##),
        (##"role button exact "Submit""##, ##"(role button exact "Submit")"##),
        (
            ##"text exact "{wanted}" | role link exact "Go""##,
            ##"(locator (text exact "{wanted}") (role link exact "Go"))"##
        ),
    ]

    @Test("every locator form parses", arguments: cases)
    func locator(source: String, expected: String) {
        #expect(Parse.dump("click " + source) == "(click \(expected))")
    }

    @Test("exact is a contextual word: a variable may be called exact, and a role without a name stays one")
    func exactIsContextual() {
        #expect(Parse.dump(##"click text "{exact}""##) == ##"(click (text "{exact}"))"##)
        #expect(Parse.dump("if exists role link and exact {\n}").contains("(role link)"))
    }

    @Test(
        "the exact forms print back as written",
        arguments: [
            ##"click label exact "Customer name""##, ##"click text exact "Next →""##,
            ##"click role button exact "Save" | text "Save""##,
        ])
    func exactRoundTrips(_ source: String) {
        let file = "program \"t\"\n\n" + source + "\n"
        let result = Parse.file(file)
        #expect(result.diagnostics.isEmpty)
        #expect(Printer.print(result.program) == file)
    }
}

@Suite("Parsing json extractions")
struct JSONExtractionParsingTests {
    @Test("json \"path\" is an extraction; json before anything but a string is a name")
    func jsonField() {
        #expect(Parse.dump(##"extract t = json "items[*].name""##) == ##"(extract t = (json "items[*].name"))"##)
        #expect(Parse.dump("let json = 1").contains("json"))
        #expect(!Parse.dump("let json = 1").contains("error"))
    }

    @Test("each json parses its body of json fields and expressions")
    func eachJSON() {
        #expect(
            Parse.dump("extract r = each json \"items\" {\n  name = json \"title\"\n  n = 1\n}")
                == ##"(extract r = (each (json "items") (field name (json "title")) (field n 1)))"##)
    }

    @Test(
        "json extractions print back as written",
        arguments: [
            "output t: [string]\n\nextract t = json \"items[*].name\"  # names\n",
            "output r: [{ name: string }]\n\nextract r = each json \"items\" {  # all\n  name = json \"title\"\n}\n",
        ])
    func roundTrip(_ body: String) {
        let file = "program \"t\"\n\n" + body
        let result = Parse.file(file)
        #expect(result.diagnostics.isEmpty)
        #expect(Printer.print(result.program) == file)
    }
}
