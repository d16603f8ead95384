import Testing
import WTSyntax

@Suite("Parsing extractions")
struct ExtractionParsingTests {
    static let fieldKinds: [(String, String)] = FieldKind.allCases.filter { $0 != .attr && $0 != .attrs }.map {
        ("extract v = \($0.rawValue) \"h1\"", "(extract v = (\($0.rawValue) (css \"h1\")))")
    }

    @Test("every field kind parses", arguments: fieldKinds)
    func fieldKind(source: String, expected: String) {
        #expect(Parse.dump(source) == expected)
    }

    static let cases: [(String, String)] = [
        (##"extract h = attr "href" of "a""##, ##"(extract h = (attr "href" (css "a")))"##),
        (##"extract hs += attrs "href" of first "a""##, ##"(extract hs += (attrs "href" (locator first (css "a"))))"##),
        (##"extract rows = table "#t""##, ##"(extract rows = (table (css "#t")))"##),
        (
            "extract q += each \".quote\" {\n  text = text \".text\"\n  n = 1\n}",
            ##"(extract q += (each (css ".quote") (field text (text (css ".text"))) (field n 1)))"##
        ),
        (
            "extract p = one \".product\" {\n  page = url\n  link = url \"a\"\n  n = count items\n  c = count \"li\"\n}",
            ##"(extract p = (one (css ".product") (field page (url)) (field link (url (css "a"))) "##
                + ##"(field n (count items)) (field c (count (css "li")))))"##
        ),
        (
            "extract p = one \".p\" {\n  here = exists \".x\"\n  sum = a + 1\n  tags = attrs \"rel\" of \"a\"\n}",
            ##"(extract p = (one (css ".p") (field here (exists (css ".x"))) (field sum (+ a 1)) "##
                + ##"(field tags (attrs "rel" (css "a")))))"##
        ),
        ("extract e = each \"li\" {\n\n  # nothing yet\n}", ##"(extract e = (each (css "li")))"##),
    ]

    @Test("extractions parse into the expected tree", arguments: cases)
    func extraction(source: String, expected: String) {
        #expect(Parse.dump(source) == expected)
    }
}
