import Testing
import WTSelector

/// Invalid selectors: `1️⃣` marks where the error must start, `2️⃣` (when present) where it must end.
struct CSSInvalidSelectorTests {
    static let structure: [ErrorCase] = [
        ErrorCase("1️⃣", "empty selector"),
        ErrorCase("1️⃣   2️⃣", "empty selector"),
        ErrorCase("a 1️⃣>2️⃣", "expected a selector after '>'"),
        ErrorCase("a > 1️⃣>2️⃣ b", "expected a selector after '>'"),
        ErrorCase("a 1️⃣+2️⃣", "expected a selector after '+'"),
        ErrorCase("1️⃣>2️⃣ a", "expected a selector, found '>'"),
        ErrorCase("a1️⃣,2️⃣", "expected a selector after ','"),
        ErrorCase("a, 1️⃣,2️⃣ b", "expected a selector after ','"),
        ErrorCase("1️⃣,2️⃣a", "expected a selector, found ','"),
        ErrorCase("a 1️⃣]2️⃣", "unexpected ']'"),
        ErrorCase("a1️⃣)", "unexpected ')'"),
        ErrorCase("a 1️⃣\"s\"2️⃣", "unexpected '\"s\"'"),
        ErrorCase("a1️⃣{", "unexpected '{'"),
        ErrorCase("a#b1️⃣*", "unexpected '*'"),
        ErrorCase("1️⃣#1232️⃣", "invalid id selector '#123'"),
        ErrorCase("a1️⃣#2️⃣", "expected an id after '#'"),
        ErrorCase("a1️⃣\u{1}2️⃣", "unexpected 'U+0001'"),
        ErrorCase("a1️⃣.2️⃣ b", "expected a class name after '.'"),
        ErrorCase("a1️⃣.2️⃣1", "expected a class name after '.'"),
        ErrorCase("1️⃣@media", "expected a selector, found '@media'"),
        ErrorCase("ns1️⃣|2️⃣ a", "expected an element name or '*' after '|'"),
        ErrorCase("a1️⃣\\\nb", "invalid escape"),
        ErrorCase("a/**/1️⃣b", "unexpected 'b'"),
    ]

    static let attributes: [ErrorCase] = [
        ErrorCase("a[1️⃣]2️⃣", "expected an attribute name after '['"),
        ErrorCase("a[href=x 1️⃣\"y\"2️⃣]", "expected ']' to close the attribute selector"),
        ErrorCase("a[href=1️⃣=2️⃣x]", "expected an attribute value after '='"),
        ErrorCase("a[href=1️⃣12️⃣]", "expected an attribute value after '='"),
        ErrorCase("a[href1️⃣%2️⃣=x]", "unknown attribute operator '%'"),
        ErrorCase("a[href1️⃣~2️⃣ =x]", "unknown attribute operator '~'"),
        ErrorCase("a[href=x 1️⃣q2️⃣]", "unknown attribute flag 'q'"),
        ErrorCase("a[href=1️⃣\"x2️⃣\n\"]", "unclosed string: expected '\"'"),
        ErrorCase("a[1️⃣*2️⃣href]", "expected '|' after '*' in an attribute name"),
        ErrorCase("a[ns1️⃣|2️⃣]", "unknown attribute operator '|'"),
    ]

    static let pseudoClasses: [ErrorCase] = [
        ErrorCase("a1️⃣:hovr2️⃣", "unknown pseudo-class ':hovr'"),
        ErrorCase("1️⃣:foo2️⃣", "unknown pseudo-class ':foo'"),
        ErrorCase("1️⃣:lorem2️⃣(ipsum)", "unknown pseudo-class ':lorem()'"),
        ErrorCase("1️⃣:text2️⃣", "did you mean '::text'?"),
        ErrorCase("a1️⃣:2️⃣ b", "expected a pseudo-class name after ':'"),
        ErrorCase("1️⃣:not2️⃣", "':not' needs an argument"),
        ErrorCase("1️⃣:hover2️⃣()", "':hover' does not take arguments"),
        ErrorCase(":not(1️⃣)", "expected a selector inside ':not()'"),
        ErrorCase(":not(a 1️⃣]2️⃣)", "unexpected ']' in ':not()'"),
        ErrorCase(":not(a,1️⃣)", "expected a selector after ','"),
        ErrorCase(":not(a1️⃣::text2️⃣)", "pseudo-elements are not allowed inside ':not()'"),
        ErrorCase(":has(>1️⃣)2️⃣", "expected a selector after '>'"),
        ErrorCase(":has(> a >1️⃣)2️⃣", "expected a selector after '>'"),
        ErrorCase(":contains(1️⃣12️⃣)", "expected an identifier or a quoted string in ':contains()'"),
        ErrorCase(":lang(1️⃣12️⃣)", "expected an identifier in ':lang()'"),
        ErrorCase(":lang(en 1️⃣fr2️⃣)", "expected ')' to close ':lang()'"),
    ]

    static let nth: [ErrorCase] = [
        ErrorCase(":nth-child(1️⃣x32️⃣)", "invalid an+b expression 'x3'"),
        ErrorCase(":nth-child(1️⃣n-2️⃣)", "invalid an+b expression 'n-'"),
        ErrorCase(":nth-child( 1️⃣2n+1x2️⃣ )", "invalid an+b expression '2n+1x'"),
        ErrorCase(":nth-child(1️⃣+ 52️⃣)", "invalid an+b expression '+ 5'"),
        ErrorCase(":nth-child(1️⃣2 n2️⃣)", "invalid an+b expression '2 n'"),
        ErrorCase(":nth-child(1️⃣\"2\"2️⃣)", "invalid an+b expression '\"2\"'"),
        ErrorCase(":nth-child(1️⃣)", "expected an an+b expression such as '2n+1' in ':nth-child()'"),
        ErrorCase(":nth-of-type(2n 1️⃣of2️⃣ p)", "'of' is not allowed in ':nth-of-type()'"),
        ErrorCase(":nth-child(1️⃣n-999999999999992️⃣)", "invalid an+b expression"),
        ErrorCase("1️⃣:nth-child(2️⃣2n of)", "expected a selector inside ':nth-child()'"),
    ]

    static let pseudoElements: [ErrorCase] = [
        ErrorCase("1️⃣::lorem-ipsum2️⃣", "unknown pseudo-element '::lorem-ipsum'"),
        ErrorCase("1️⃣::text2️⃣()", "'::text' takes no arguments"),
        ErrorCase("1️⃣::attribute2️⃣(12)", "unknown pseudo-element '::attribute()'"),
        ErrorCase("::attr(1️⃣122️⃣)", "expected an attribute name in '::attr()'"),
        ErrorCase("::attr(1️⃣34test2️⃣)", "expected an attribute name in '::attr()'"),
        ErrorCase("::attr(1️⃣@href2️⃣)", "expected an attribute name in '::attr()'"),
        ErrorCase("::attr(href 1️⃣x2️⃣)", "expected ')' to close '::attr()'"),
        ErrorCase("p1️⃣::text2️⃣ span", "pseudo-element '::text' must be at the end of the selector"),
        ErrorCase("p1️⃣::attr(x)2️⃣.a", "pseudo-element '::attr(x)' must be at the end of the selector"),
        ErrorCase("p1️⃣::text2️⃣::text", "must be at the end of the selector"),
        ErrorCase("a1️⃣::2️⃣", "expected a pseudo-element name after '::'"),
    ]

    @Test("structural errors point at the offending token", arguments: structure)
    func structural(_ c: ErrorCase) { c.check(CSSSelectorParser.check(c.source.text)) }

    @Test("attribute selector errors point inside the brackets", arguments: attributes)
    func attribute(_ c: ErrorCase) { c.check(CSSSelectorParser.check(c.source.text)) }

    @Test("pseudo-class errors name the pseudo-class", arguments: pseudoClasses)
    func pseudoClass(_ c: ErrorCase) { c.check(CSSSelectorParser.check(c.source.text)) }

    @Test("malformed an+b arguments are quoted in the error", arguments: nth)
    func anPlusB(_ c: ErrorCase) { c.check(CSSSelectorParser.check(c.source.text)) }

    @Test("only ::text and ::attr() are accepted, and only at the end", arguments: pseudoElements)
    func pseudoElement(_ c: ErrorCase) { c.check(CSSSelectorParser.check(c.source.text)) }

    @Test("parse throws the same error check returns")
    func parseThrows() {
        #expect(throws: SelectorError(message: "unknown pseudo-class ':foo'", offset: 1, length: 4)) {
            try CSSSelectorParser.parse("a:foo")
        }
    }
}
