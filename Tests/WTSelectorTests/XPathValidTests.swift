import Testing
import WTSelector

/// Valid XPath 1.0 expressions, covering every production and the §3.7 disambiguation rules.
struct XPathValidTests {
    static let locationPaths = [
        "/", "/html", "//a", "a", "a/b", "a//b", "/a/b//c", "//*", "*", "@href", "@*", "//@id", ".", "..",
        "./a", "../a", ".//a", "a/..", "child::a", "child :: a", "descendant::a", "descendant-or-self::node()",
        "parent::*", "ancestor::div", "ancestor-or-self::div", "following-sibling::li", "preceding-sibling::li",
        "following::p", "preceding::p", "attribute::href", "namespace::*", "self::node()", "svg:rect",
        "svg:*", "//svg:g/@xlink:href", "text()", "//text()", "comment()", "node()", "processing-instruction()",
        "processing-instruction('xml-stylesheet')", "text ( )", "a-b.c_d", "é", "/descendant::a[1]",
    ]

    static let predicatesAndFilters = [
        "a[1]", "a[@href]", "a[@href='x']", "li[position() > 1][last()]", "a[b[c[d]]]", "//div[@class=\"x\"]",
        "(//a)[1]", "(a | b)[2]/c", "$nodes[1]", "$nodes/a", "$nodes//a", "id('x')/a", "a[.='x']",
        "a[../b]", "*[self::a or self::b]",
    ]

    static let expressions = [
        "1", "1.5", ".5", "1.", "'lit'", "\"lit\"", "''", "$x", "$ns:x", "-1", "--1", "- - 1", "1 + 2",
        "3 - 1", "a - b", "a -b", "a-b", "2 * 3", "4 div 2", "5 mod 3", "1 = 1", "1 != 2", "1 < 2", "1 <= 2",
        "2 > 1", "2 >= 1", "a or b", "a and b", "a | b | c", "1 + 2 * 3 - -4 div 5 mod 6", "(1 + 2) * 3",
        "count(//a) > 3", "concat('a', 'b', 'c')", "true()", "not(a)", "string-length(normalize-space(.)) > 0",
        "contains(@class, 'x') and starts-with(@id, 'y')", "exslt:node-set($x)", "f()", "f(1, (2), g(3))",
        "a[position() mod 2 = 0]", "1<2", "a=b", "a!=b",
    ]

    /// §3.7: `*` and operator names are operators only after an operand.
    static let disambiguation = [
        "* * *", "*/*", "a*b", "a * b", "@* * 2", "div div div", "mod mod mod", "and and and", "or or or",
        "div", "a/div", "a[div]", "child::div", "div:x", "div/mod", "(div)", "f(div, mod)", "and(1)",
        "a | div", "- div", "1 div 2", "node() * 2", "a:* | b:*",
    ]

    @Test("location paths, axes and node tests are accepted", arguments: locationPaths)
    func locationPath(_ text: String) { #expect(XPathSyntax.check(text) == nil) }

    @Test("predicates and filter expressions are accepted", arguments: predicatesAndFilters)
    func predicate(_ text: String) { #expect(XPathSyntax.check(text) == nil) }

    @Test("operators, literals, numbers, variables and function calls are accepted", arguments: expressions)
    func expression(_ text: String) { #expect(XPathSyntax.check(text) == nil) }

    @Test("'*' and operator names are disambiguated by the previous token", arguments: disambiguation)
    func disambiguates(_ text: String) { #expect(XPathSyntax.check(text) == nil) }

    @Test("whitespace is allowed between tokens")
    func whitespace() {
        #expect(XPathSyntax.check(" \t//a [ @b = 'c' ] \n| ( $x ) \r") == nil)
    }

    @Test("validate does not throw for a valid expression")
    func validateDoesNotThrow() throws {
        try XPathSyntax.validate("//ul/li[contains(concat(' ', normalize-space(@class), ' '), ' x ')]/a/@href")
    }
}
