import Testing
import WTSelector

/// Valid selectors and their normalized form; the serializer makes the AST shape visible.
struct CSSValidSelectorTests {
    static let normalized: [(String, String)] = [
        ("div", "div"),
        ("*", "*"),
        ("DIV", "DIV"),
        ("#main", "#main"),
        (".a.b", ".a.b"),
        ("*.a", "*.a"),
        ("div#x.y", "div#x.y"),
        ("a[href]", "a[href]"),
        ("a[href=x]", "a[href=\"x\"]"),
        ("a[ href = 'x' ]", "a[href=\"x\"]"),
        ("[a~=v]", "[a~=\"v\"]"),
        ("[a|=v]", "[a|=\"v\"]"),
        ("[a^=v]", "[a^=\"v\"]"),
        ("[a$=v]", "[a$=\"v\"]"),
        ("[a*=v]", "[a*=\"v\"]"),
        ("[a!=v]", "[a!=\"v\"]"),
        ("[a=\"V\" i]", "[a=\"V\" i]"),
        ("[a=v i]", "[a=\"v\" i]"),
        ("[a=\"\"]", "[a=\"\"]"),
        ("ns|a", "ns|a"),
        ("*|a", "*|a"),
        ("|a", "|a"),
        ("ns|*", "ns|*"),
        ("*|*", "*|*"),
        ("[ns|href]", "[ns|href]"),
        ("[*|href]", "[*|href]"),
        ("[|href]", "[|href]"),
        ("[ns|href|=en]", "[ns|href|=\"en\"]"),
        ("a b", "a b"),
        ("a  \n\t b", "a b"),
        ("a>b", "a > b"),
        ("a >b", "a > b"),
        ("a> b", "a > b"),
        ("a+b", "a + b"),
        ("a~b", "a ~ b"),
        ("a > b c + d ~ e", "a > b c + d ~ e"),
        ("  a  ", "a"),
        ("a,b", "a, b"),
        ("a , b ,c", "a, b, c"),
        (":root", ":root"),
        ("li:FIRST-child", "li:first-child"),
        (":last-child:only-child", ":last-child:only-child"),
        (":first-of-type:last-of-type:only-of-type", ":first-of-type:last-of-type:only-of-type"),
        (":empty:link:visited:hover", ":empty:link:visited:hover"),
        (":active:focus:target:enabled", ":active:focus:target:enabled"),
        (":disabled:checked:indeterminate:scope", ":disabled:checked:indeterminate:scope"),
        (":lang(en)", ":lang(en)"),
        (":lang(EN-us)", ":lang(EN-us)"),
        (":nth-child(2n+1)", ":nth-child(2n+1)"),
        (":nth-child(odd)", ":nth-child(2n+1)"),
        (":nth-child( -n + 3 )", ":nth-child(-n+3)"),
        (":nth-last-child(even)", ":nth-last-child(2n)"),
        (":nth-of-type(3)", ":nth-of-type(3)"),
        (":nth-last-of-type(n)", ":nth-last-of-type(n)"),
        (":nth-child(2n of li.a, p)", ":nth-child(2n of li.a, p)"),
        (":nth-child(odd of .x)", ":nth-child(2n+1 of .x)"),
        (":not(a)", ":not(a)"),
        (":not(a, b > c)", ":not(a, b > c)"),
        (":is( a , b )", ":is(a, b)"),
        (":-webkit-any(.c)", ":is(.c)"),
        (":is(.c, :bogus, ::before)", ":is(.c)"),
        (":where()", ":where()"),
        ("p::before", "p::before"),
        ("p:after", "p::after"),
        (":dir(RTL)", ":dir(rtl)"),
        (":focus-within", ":focus-within"),
        (":nth-child(99999999999)", ":nth-child(2147483647)"),
        (":where(p a)", ":where(p a)"),
        (":not(:not(:not(a)))", ":not(:not(:not(a)))"),
        (":has(> a)", ":has(> a)"),
        (":has(+ b)", ":has(+ b)"),
        (":has(~ b)", ":has(~ b)"),
        (":has(a)", ":has(a)"),
        (":has(> a, + b c)", ":has(> a, + b c)"),
        (":has(>a)", ":has(> a)"),
        (":contains(\"text\")", ":contains(\"text\")"),
        (":contains(text)", ":contains(\"text\")"),
        (":contains('a \"b\"')", ":contains(\"a \\\"b\\\"\")"),
        ("p::text", "p::text"),
        ("p ::text", "p ::text"),
        ("::text", "::text"),
        ("p > ::text", "p > ::text"),
        ("a::attr(href)", "a::attr(href)"),
        ("a::attr( href )", "a::attr(href)"),
        ("a ::attr(href)", "a ::attr(href)"),
        ("a::TEXT", "a::text"),
        ("a::text, b::attr(x)", "a::text, b::attr(x)"),
        ("a/* comment */ > /**/b", "a > b"),
        ("/* lead */a", "a"),
        ("a/**/.b", "a.b"),
        ("a /* x */ b", "a b"),
        ("a:not(/* c */b)", "a:not(b)"),
        // The end of the text closes what is open, as in a browser (CSS Syntax § 5.4).
        ("a[href", "a[href]"),
        ("a[href='x", "a[href=\"x\"]"),
        (":not(a", ":not(a)"),
        (":is(p, :has(b", ":is(p, :has(b))"),
        ("a /* x", "a"),
        ("a\\", "a\u{FFFD}"),
    ]

    @Test("valid selectors print back in normalized form", arguments: normalized)
    func normalizedForm(input: String, expected: String) throws {
        let list = try CSSSelectorParser.parse(input)
        #expect(list.description == expected)
    }

    @Test("printing a parsed selector and parsing it again gives the same tree", arguments: normalized.map(\.0))
    func roundTrip(input: String) throws {
        let list = try CSSSelectorParser.parse(input)
        #expect(try CSSSelectorParser.parse(list.description) == list)
    }

    @Test("check returns nil for a valid selector")
    func checkAcceptsValid() {
        #expect(CSSSelectorParser.check("ul > li.a:nth-child(2n)::text") == nil)
    }
}
