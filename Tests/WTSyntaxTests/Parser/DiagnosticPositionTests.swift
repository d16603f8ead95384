import Testing
import WTDiagnostics
import WTSyntax
import WTTestSupport

/// Each case: a marked snippet (after `program "t"`), the one diagnostic expected, where it starts, and a
/// substring of its message.
@Suite("Syntax diagnostics: ids, positions and messages")
struct DiagnosticPositionTests {
    struct Case: Sendable, CustomStringConvertible {
        var source: String
        var id: String
        var message: String
        var description: String { id + ": " + source }
    }

    static let cases: [Case] = [
        Case(
            source: "click 1️⃣\n", id: "syntax.expected-locator",
            message: "expected a locator after 'click', found newline"),
        Case(source: "click 1️⃣# why\n", id: "syntax.expected-locator", message: "found newline"),
        Case(
            source: "fill \".a\" 1️⃣\".b\"", id: "syntax.expected-token",
            message: "expected 'with', found string \".b\""),
        Case(
            source: "let 1️⃣true = 1", id: "syntax.keyword-as-name", message: "'true' is a keyword; choose another name"),
        Case(source: "for each 1️⃣in xs {\n}", id: "syntax.expected-name", message: "expected a name after 'each'"),
        Case(source: "open 1️⃣\"abc", id: "syntax.unterminated-string", message: "unterminated string"),
        Case(source: "open \"a1️⃣\\qb\"", id: "syntax.invalid-escape", message: "'\\q'"),
        Case(source: "open \"x1️⃣{ y}\"", id: "syntax.invalid-interpolation", message: "malformed interpolation"),
        Case(source: "let x = 1️⃣99999999999999999999", id: "syntax.int-overflow", message: "too large"),
        Case(source: "click \".a\" timeout 1️⃣5", id: "syntax.expected-duration", message: "after 'timeout', found '5'"),
        Case(source: "click \".a\" timeout 51️⃣sec", id: "syntax.invalid-number-suffix", message: "'sec'"),
        Case(source: "click 1️⃣@\".a\"", id: "syntax.unexpected-character", message: "'@'"),
        Case(source: "back 1️⃣back", id: "syntax.expected-newline", message: "expected end of line after 'back'"),
        Case(source: "expect a == b 1️⃣== c", id: "syntax.expected-newline", message: "found '=='"),
        Case(source: "let x = 1️⃣)", id: "syntax.expected-expression", message: "after '=', found ')'"),
        Case(source: "if a {\n}\n1️⃣else {\n  back\n}", id: "syntax.expected-statement", message: "found 'else'"),
        Case(source: "1️⃣x = 1", id: "syntax.expected-statement", message: "found name 'x'"),
        Case(source: "back\n1️⃣param x: int", id: "syntax.declaration-after-step", message: "'param'"),
        Case(source: "repeat 3 1️⃣{\n  back\n", id: "syntax.unclosed-block", message: "never closed"),
        Case(source: "if a 1️⃣{\n  back\n", id: "syntax.unclosed-block", message: "never closed"),
        Case(source: "if a { 1️⃣back }", id: "syntax.expected-newline", message: "after '{', found 'back'"),
        Case(source: "output r: 1️⃣strng", id: "syntax.expected-type", message: "after ':', found name 'strng'"),
        Case(source: "param n: int = 1️⃣x", id: "syntax.expected-literal", message: "after '=', found name 'x'"),
        Case(source: "param n: int = -1️⃣x", id: "syntax.expected-token", message: "expected an integer or a number"),
        Case(source: "select \"s\" 1️⃣\"Red\"", id: "syntax.expected-token", message: "'option' or 'value'"),
        Case(source: "let x 1️⃣== 1", id: "syntax.expected-token", message: "expected '=' or '+='"),
        Case(source: "extract x = 1️⃣\".a\"", id: "syntax.expected-extraction", message: "after '='"),
        Case(source: "let n = count 1️⃣5", id: "syntax.expected-locator", message: "a locator or a list name"),
        Case(source: "extract r = one \"x\" {\n  1️⃣\"a\"\n}", id: "syntax.expected-field", message: "found string"),
        Case(source: "click 1️⃣}", id: "syntax.expected-locator", message: "found '}'"),
        Case(source: "1️⃣}", id: "syntax.unexpected-token", message: "unexpected '}'"),
        Case(source: "let x = [1, 2 1️⃣3]", id: "syntax.expected-token", message: "expected ']'"),
    ]

    @Test("a syntax error is reported once, at the marker", arguments: cases)
    func position(c: Case) {
        let marked = MarkedSource("program \"t\"\n" + c.source)
        let result = Parse.file(marked.text)
        #expect(result.ids == [c.id], "\(result.summary)")
        guard let diagnostic = result.diagnostics.first else { return }
        #expect(diagnostic.span?.start.offset == marked["1️⃣"])
        #expect(diagnostic.text.contains(c.message), "\(diagnostic.text)")
    }

    @Test("a missing header is reported at the first token and parsing goes on")
    func missingHeader() {
        let marked = MarkedSource("# notes\n1️⃣click \"a\"\nback\n")
        let result = Parse.file(marked.text)
        #expect(result.ids == ["syntax.missing-header"])
        #expect(result.diagnostics.first?.span?.start.offset == marked["1️⃣"])
        #expect(result.program.header.name.parts.isEmpty)
        #expect(result.program.statements.count == 2)
    }

    @Test("an unknown mode names what was found")
    func unknownMode() {
        let marked = MarkedSource("program \"t\"\nmode 1️⃣fast\nback\n")
        let result = Parse.file(marked.text)
        #expect(result.ids == ["syntax.unknown-mode"])
        #expect(result.diagnostics.first?.span?.start.offset == marked["1️⃣"])
        #expect(result.diagnostics.first?.text.contains("found name 'fast'") == true)
        #expect(result.program.statements.count == 1)
    }

    @Test("a missing ')' has a note pointing at the '('")
    func missingParenNote() {
        let marked = MarkedSource("program \"t\"\nlet x = 1️⃣(a + b\nback\n")
        let result = Parse.file(marked.text)
        #expect(result.ids == ["syntax.expected-token"])
        #expect(result.diagnostics.first?.notes.first?.span?.start.offset == marked["1️⃣"])
        #expect(result.program.statements.count == 1)
    }

    @Test("diagnostics render with file, line and column")
    func rendering() {
        let result = Parse.file("program \"t\"\nclick\n")
        let text = DiagnosticRenderer(sources: [result.file]).render(result.diagnostics)
        #expect(text.hasPrefix("test.wt:2:6: error: expected a locator after 'click', found newline"))
    }
}
