import Testing
import WTSyntax

@Suite("Parsing page values, transforms and contextual keywords")
struct PageValueParsingTests {
    static let expressions: [(String, String)] = [
        (##"text "#s" == "Done""##, ##"(== (text (css "#s")) "Done")"##),
        (##"attr "aria-expanded" of "#m""##, ##"(attr "aria-expanded" (css "#m"))"##),
        (##"value of label "Qty""##, ##"(value (label "Qty"))"##),
        (##"visible "#a" and hidden "#b""##, ##"(and (visible (css "#a")) (hidden (css "#b")))"##),
        // Transforms bind tighter than + and comparisons, and chain left to right.
        (##"t then match "(\\d+)" group 1 then int + 1"##, ##"(+ (then t (match "(\\d+)" (group 1)) (int)) 1)"##),
        (##"t then match "(?<n>x)" group "n""##, ##"(then t (match "(?<n>x)" (group "n")))"##),
        (
            ##"t then replace "a" with "b" then split "," then lower"##,
            ##"(then t (replace "a" "b") (split ",") (lower))"##
        ),
        (##"text ".a" then trim then upper == "X""##, ##"(== (then (text (css ".a")) (trim) (upper)) "X")"##),
        // Keywords as names where no query can start.
        ("text", "text"),
        ("count + 1", "(+ count 1)"),
        ("value == title", "(== value (title))"),
        ("texts", "texts"),
        ("count texts", "(count texts)"),
        ("exists then trim", "(then exists (trim))"),
    ]

    @Test("page values, transforms and names parse to the documented forms", arguments: expressions)
    func expression(source: String, expected: String) {
        #expect(Parse.dump("let v = " + source) == "(let v = \(expected))")
    }

    @Test("a field kind takes transforms, in extract and in a record body")
    func fieldTransforms() {
        #expect(
            Parse.dump(##"extract n = int ".n" then number"##)
                == ##"(extract n = (then (int (css ".n")) (number)))"##)
        #expect(
            Parse.dump("extract r = one \"m\" {\n  a = text \".a\" then lower\n  text = text\n}")
                == ##"(extract r = (one (css "m") (field a (then (text (css ".a")) (lower))) (field text text)))"##)
    }

    @Test("contextual keywords name declarations, bindings and loop variables")
    func names() {
        #expect(Parse.dump("output value: string") == "(output value (string))")
        #expect(Parse.dump("let url = 1") == "(let url = 1)")
        #expect(Parse.dump("for each text in texts {\n}") == "(for-each text texts (block))")
    }

    @Test("a transform word after then is required, and a query word before a non-locator still says so")
    func errors() {
        #expect(Parse.body("let v = t then 5").ids == ["syntax.expected-transform"])
        #expect(Parse.body("let v = t then match \"x\" group x").ids == ["syntax.expected-group"])
        #expect(Parse.body("let v = text 5").ids == ["syntax.expected-locator"])
    }
}
