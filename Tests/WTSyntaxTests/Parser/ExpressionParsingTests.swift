import Testing
import WTSyntax

@Suite("Parsing expressions")
struct ExpressionParsingTests {
    static let cases: [(String, String)] = [
        // Precedence: or < and < not < comparison < additive.
        ("a or b and c", "(or a (and b c))"),
        ("a and b or c", "(or (and a b) c)"),
        ("a or b or c", "(or (or a b) c)"),
        ("not a and b", "(and (not a) b)"),
        ("not not a", "(not (not a))"),
        ("not a == b", "(not (== a b))"),
        ("a == b + 1", "(== a (+ b 1))"),
        ("a + b - c", "(- (+ a b) c)"),
        ("x - 1", "(- x 1)"),
        ("x -1", "(- x 1)"),
        ("(a + b) == c", "(== (paren (+ a b)) c)"),
        ("(\n  a\n  or b\n)", "(paren (or a b))"),
        // Every comparison operator.
        ("a != b", "(!= a b)"),
        ("a < b", "(< a b)"),
        ("a <= b", "(<= a b)"),
        ("a > b", "(> a b)"),
        ("a >= b", "(>= a b)"),
        (##"url ~ "/page/\\d+""##, ##"(~ (url) "/page/\\d+")"##),
        // Primaries.
        ("title", "(title)"),
        (##"exists first ".a""##, ##"(exists (locator first (css ".a")))"##),
        (##"count ".a""##, ##"(count (css ".a"))"##),
        ("count items.list", "(count items.list)"),
        ("count role listitem", "(count (role listitem))"),
        ("all quotes have text, author", "(all quotes (have text author))"),
        ("all page.items have url", "(all page.items (have url))"),
        ("item.url", "item.url"),
        ("item.text.count", "item.text.count"),
        ("-5", "(neg 5)"),
        ("12.5", "12.5"),
        ("true", "true"),
        (##"[1, "a", [true]]"##, ##"(list 1 "a" (list true))"##),
        (##""say \"hi\" {name}\n""##, ##""say \"hi\" {name}\n""##),
    ]

    @Test("expressions parse with the grammar's precedence", arguments: cases)
    func expression(source: String, expected: String) {
        #expect(Parse.dump("let v = " + source) == "(let v = \(expected))")
    }

    @Test("each binary operator has the documented precedence", arguments: BinaryOp.allCases)
    func precedence(op: BinaryOp) {
        let word = op.rawValue
        let dump = Parse.dump("let v = a \(word) b")
        #expect(dump == "(let v = (\(word) a b))")
    }
}
