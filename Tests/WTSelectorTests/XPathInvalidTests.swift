import Testing
import WTSelector

/// Invalid XPath: `1️⃣` marks where the error must start, `2️⃣` (when present) where it must end.
struct XPathInvalidTests {
    static let lexical: [ErrorCase] = [
        ErrorCase("1️⃣", "empty expression"),
        ErrorCase("1️⃣   2️⃣", "empty expression"),
        ErrorCase("//a[@b=1️⃣'x]", "unclosed string literal: expected \"'\""),
        ErrorCase("1️⃣\"x2️⃣", "unclosed string literal: expected '\"'"),
        ErrorCase("1️⃣$2️⃣", "expected a variable name after '$'"),
        ErrorCase("1️⃣$2️⃣1", "expected a variable name after '$'"),
        ErrorCase("a 1️⃣!2️⃣ b", "did you mean '!='?"),
        ErrorCase("a1️⃣#2️⃣", "unexpected character '#'"),
        ErrorCase("a1️⃣;", "unexpected character ';'"),
        ErrorCase("a1️⃣\u{7F}2️⃣", "unexpected character 'U+007F'"),
        ErrorCase("1️⃣chlid2️⃣::a", "unknown axis 'chlid'"),
        ErrorCase("a/1️⃣foo2️⃣ :: b", "unknown axis 'foo'"),
        ErrorCase("svg1️⃣:2️⃣1", "expected a local name or '*' after 'svg:'"),
        ErrorCase("a 1️⃣:2️⃣ b", "unexpected character ':'"),
    ]

    static let grammar: [ErrorCase] = [
        ErrorCase("a1️⃣/2️⃣", "expected a step after '/'"),
        ErrorCase("1️⃣//2️⃣", "expected a step after '//'"),
        ErrorCase("a//1️⃣)2️⃣", "expected a step after '//'"),
        ErrorCase("/a/1️⃣[2️⃣1]", "expected a step after '/'"),
        ErrorCase("1️⃣@2️⃣", "expected a node test after '@'"),
        ErrorCase("@1️⃣12️⃣", "expected a node test after '@'"),
        ErrorCase("child1️⃣::2️⃣", "expected a node test after '::'"),
        ErrorCase("child::1️⃣@2️⃣a", "expected a node test after '::'"),
        ErrorCase("a1️⃣[2️⃣1", "unclosed predicate: expected ']'"),
        ErrorCase("a[1 1️⃣22️⃣]", "expected ']' to close the predicate, found '2'"),
        ErrorCase("a[1️⃣]2️⃣", "expected an expression after '['"),
        ErrorCase("1️⃣(2️⃣1", "unclosed parenthesis: expected ')'"),
        ErrorCase("1️⃣(2️⃣", "unclosed parenthesis: expected ')'"),
        ErrorCase("a1️⃣[2️⃣", "unclosed predicate: expected ']'"),
        ErrorCase("1️⃣f(2️⃣", "unclosed function call 'f(': expected ')'"),
        ErrorCase("(1️⃣)", "expected an expression after '('"),
        ErrorCase("1️⃣count(2️⃣a", "unclosed function call 'count(': expected ')'"),
        ErrorCase("f(a,1️⃣)2️⃣", "expected an expression after ','"),
        ErrorCase("f(a 1️⃣b2️⃣)", "expected ',' or ')' in the arguments of 'f()'"),
        ErrorCase("text(1️⃣12️⃣)", "'text()' takes no arguments"),
        ErrorCase("processing-instruction(1️⃣12️⃣)", "expected a string literal or ')'"),
        ErrorCase("1️⃣comment2️⃣(", "unclosed 'comment(': expected ')'"),
        ErrorCase("1 1️⃣+2️⃣", "expected an expression after '+'"),
        ErrorCase("a 1️⃣and2️⃣", "expected an expression after 'and'"),
        ErrorCase("a 1️⃣|2️⃣", "expected an expression after '|'"),
        ErrorCase("a = 1️⃣=2️⃣ b", "expected an expression after '='"),
        ErrorCase("a 1️⃣b2️⃣", "unexpected 'b': expected an operator or the end of the expression"),
        ErrorCase("a1️⃣]2️⃣", "unexpected ']'"),
        ErrorCase("1 1️⃣22️⃣", "unexpected '2'"),
        ErrorCase("1️⃣)2️⃣", "expected an expression, found ')'"),
        ErrorCase(".1️⃣[2️⃣1]", "unexpected '['"),
        ErrorCase("$x1️⃣::2️⃣a", "unexpected '::'"),
        ErrorCase("a 1️⃣-2️⃣", "expected an expression after '-'"),
        // §3.7: after "/" the name "div" is a name test, so "/ div 3" is the path "/div" followed by "3".
        ErrorCase("/ div 1️⃣32️⃣", "unexpected '3'"),
    ]

    @Test("lexical errors point at the offending character", arguments: lexical)
    func lexicalError(_ c: ErrorCase) { c.check(XPathSyntax.check(c.source.text)) }

    @Test("grammar errors point at the offending token, or at the opener when the text ends", arguments: grammar)
    func grammarError(_ c: ErrorCase) { c.check(XPathSyntax.check(c.source.text)) }
}
