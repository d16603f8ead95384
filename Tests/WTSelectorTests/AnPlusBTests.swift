import Testing
import WTSelector

/// The an+b grammar of CSS Syntax §6, through `AnPlusB(parsing:)` and through `:nth-child()`.
struct AnPlusBTests {
    static let valid: [(String, Int, Int)] = [
        ("odd", 2, 1), ("even", 2, 0), ("ODD", 2, 1), ("Even", 2, 0),
        ("0", 0, 0), ("5", 0, 5), ("+5", 0, 5), ("-5", 0, -5), ("007", 0, 7),
        ("n", 1, 0), ("N", 1, 0), ("+n", 1, 0), ("-n", -1, 0), ("0n", 0, 0),
        ("2n", 2, 0), ("+2n", 2, 0), ("-2n", -2, 0), ("2N", 2, 0),
        ("2n+1", 2, 1), ("2n-1", 2, -1), ("-n+3", -1, 3), ("-N+3", -1, 3), ("n-5", 1, -5),
        ("2n+0", 2, 0), ("+2n+1", 2, 1), ("-2n+4", -2, 4),
        (" 3n - 1 ", 3, -1), ("3n -1", 3, -1), ("3n- 1", 3, -1), ("3n +1", 3, 1), ("3n+ 1", 3, 1),
        ("1n + 3", 1, 3), ("-n- 2", -1, -2), ("n/**/+/**/1", 1, 1),
    ]

    static let invalid = [
        "", " ", "foo", "x3", "n+", "n-", "+ n", "- n", "+ 5", "2 n", "n 1", "n + -1", "n - +1", "n++1",
        "2.5", "2.5n", "3n+1.5", "\"2\"", "oddly", "evenn", "2n1", "nn", "--n", "+-n", "1n+1x", "e", "2n +",
        "2/**/n", "n-99999999999",
    ]

    @Test("valid an+b expressions parse into a and b", arguments: valid)
    func parsesValid(text: String, a: Int, b: Int) {
        #expect(AnPlusB(parsing: text) == AnPlusB(a: a, b: b))
    }

    @Test("valid an+b expressions work inside :nth-child()", arguments: valid)
    func insideNthChild(text: String, a: Int, b: Int) throws {
        let list = try CSSSelectorParser.parse(":nth-child(\(text))")
        #expect(list.selectors[0].head.subclasses == [.pseudoClass(.nthChild(AnPlusB(a: a, b: b), of: nil))])
    }

    @Test("invalid an+b expressions are rejected", arguments: invalid)
    func rejectsInvalid(text: String) {
        #expect(AnPlusB(parsing: text) == nil)
        #expect(CSSSelectorParser.check(":nth-child(\(text))") != nil)
    }

    @Test(
        "an+b prints in normalized form",
        arguments: [
            (AnPlusB(a: 2, b: 1), "2n+1"), (AnPlusB(a: 1, b: 0), "n"), (AnPlusB(a: -1, b: 3), "-n+3"),
            (AnPlusB(a: 0, b: -2), "-2"), (AnPlusB(a: 3, b: -1), "3n-1"), (AnPlusB(a: 0, b: 0), "0"),
        ])
    func printsNormalized(value: AnPlusB, text: String) {
        #expect(value.description == text)
        #expect(AnPlusB(parsing: text) == value)
    }
}
