import Testing

@testable import WTExtract

/// The default match of `label`, `text` and role names (`TextMatch`, `wt:has-text`): a case-insensitive
/// substring of the whitespace-normalised text, Unicode letters lower-cased as JavaScript does.
@Suite("Text matching of semantic locators")
struct TextMatchTests {
    @Test(
        "substring, any case, any whitespace",
        arguments: [
            ("Customer name:", "customer NAME", true), ("  Save\n draft ", "save draft", true),
            ("Bon ÉTÉ à tous", "été", true), ("Straße", "STRASSE", false), ("Save", "Save draft", false),
            ("a\u{00A0}b", "a b", true), ("anything", "", true),
        ])
    func contains(text: String, wanted: String, expected: Bool) {
        #expect(TextMatch.contains(text, wanted) == expected)
    }

    @Test("wt:has-text agrees with TextMatch, on ASCII and beyond")
    func xpathFunction() throws {
        let document = try HTMLDocument(
            html:
                "<p id=a>Customer   Name:</p><p id=b>Bon ÉTÉ</p><p id=c>Résumé</p><p id=d>plain</p><p id=e>5&#160;KM à pied</p><p id=f>\u{212A}elvin</p>"
        )
        func ids(_ wanted: String) throws -> [String] {
            try document.select(.xpath(SemanticXPath.containingText(wanted))).compactMap { $0.attribute("id") }
        }
        #expect(try ids("customer name") == ["a"])
        #expect(try ids("été") == ["b"])
        #expect(try ids("RÉSUMÉ") == ["c"])
        #expect(try ids("nowhere").isEmpty)
        #expect(try ids("5 km") == ["e"], "a no-break space is whitespace, as JavaScript's \\s")
        #expect(try ids("kelvin") == ["f"], "the Kelvin sign lower-cases to an ASCII k")
        #expect(try document.select(.xpath(SemanticXPath.exactText("Customer Name:"))).count == 1)
        #expect(try document.select(.xpath(SemanticXPath.exactText("customer name:"))).isEmpty)
    }
}
