import Testing
import WTSelector

/// CSS escapes in identifiers and strings, and their serialization.
struct CSSEscapeTests {
    static let names: [(String, String)] = [
        ("#\\31 23", "123"),
        ("#\\000031 23", "123"),
        (".a\\:b", "a:b"),
        (".\\@x", "@x"),
        (".a\\ b", "a b"),
        (".\\0000411", "A1"),
        (".\\41\r\nb", "Ab"),
        (".\\0", "\u{FFFD}"),
        (".\\110000", "\u{FFFD}"),
        (".\\d800", "\u{FFFD}"),
        (".é", "é"),
        (".\\é", "é"),
        (".--x", "--x"),
        (".-\\31", "-1"),
        ("._", "_"),
    ]

    @Test("escapes in names decode to the escaped code point", arguments: names)
    func identifierEscapes(selector: String, name: String) throws {
        let simple = try CSSSelectorParser.parse(selector).selectors[0].head.subclasses[0]
        #expect(simple == .id(name) || simple == .className(name))
    }

    @Test("names that need escapes round-trip through the printer", arguments: names)
    func escapedRoundTrip(selector: String, name: String) throws {
        let list = try CSSSelectorParser.parse(selector)
        #expect(try CSSSelectorParser.parse(list.description) == list)
    }

    @Test("strings accept both quotes, escapes and line continuations")
    func strings() throws {
        let cases: [(String, String)] = [
            ("[a='x\"y']", "x\"y"), ("[a=\"x'y\"]", "x'y"), ("[a=\"x\\\"y\"]", "x\"y"), ("[a='\\41 b']", "Ab"),
            ("[a='x\\\ny']", "xy"), ("[a=\" \t\"]", " \t"), ("[a='\\\\']", "\\"),
        ]
        for (selector, value) in cases {
            let simple = try CSSSelectorParser.parse(selector).selectors[0].head.subclasses
            #expect(
                simple == [.attribute(AttributeSelector(name: "a", match: AttributeMatch(op: .equals, value: value)))])
        }
    }

    @Test("element and attribute names keep escaped characters")
    func typeAndAttributeEscapes() throws {
        #expect(try CSSSelectorParser.parse("di\\a0 v").selectors[0].head.type?.name == "di\u{A0}v")
        #expect(try CSSSelectorParser.parse("div\\[").selectors[0].head.type?.name == "div[")
        let attribute = try CSSSelectorParser.parse("[h\\]ref]").selectors[0].head.subclasses
        #expect(attribute == [.attribute(AttributeSelector(name: "h]ref"))])
    }

    @Test("digits at the start of a name are escaped when printed")
    func printsLeadingDigits() throws {
        #expect(try CSSSelectorParser.parse("#\\31 23").description == "#\\31 23")
        #expect(try CSSSelectorParser.parse(".-\\31").description == ".-\\31 ")
        #expect(try CSSSelectorParser.parse("[a='\\a']").description == "[a=\"\\a \"]")
    }
}
