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
    ]

    @Test("every locator form parses", arguments: cases)
    func locator(source: String, expected: String) {
        #expect(Parse.dump("click " + source) == "(click \(expected))")
    }
}
