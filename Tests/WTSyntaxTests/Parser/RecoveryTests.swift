import Testing
import WTDiagnostics
import WTSyntax
import WTTestSupport

@Suite("Error recovery")
struct RecoveryTests {
    @Test("five independent errors on five lines are reported exactly once each")
    func fiveErrors() {
        let marked = MarkedSource(
            """
            program "r"
            click1️⃣
            let 2️⃣true = 1
            if x == 3️⃣{
              fill "a" 4️⃣"b"
              back
            }
            open "x" 5️⃣"y"
            back
            """)
        let result = Parse.file(marked.text)
        let expected = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"].map { marked[$0] }
        #expect(result.diagnostics.compactMap { $0.span?.start.offset } == expected)
        #expect(
            result.ids == [
                "syntax.expected-locator", "syntax.keyword-as-name", "syntax.expected-expression",
                "syntax.expected-token", "syntax.expected-newline",
            ])
        // The well-formed statements around the errors survive.
        #expect(result.program.statements.map { ASTDump.dump($0) } == ["(let true = 1)", "(open \"x\")", "(back)"])
    }

    @Test("a broken block header still parses its body and keeps blocks in sync")
    func brokenBlockHeader() {
        let result = Parse.body(
            """
            repeat 2 {
              if a b {
                click 5
              }
              back
            }
            back
            """)
        #expect(result.ids == ["syntax.expected-token", "syntax.expected-locator"])
        #expect(
            Parse.dump("repeat 2 {\n  if a b {\n  }\n  back\n}\nback")
                == "(repeat 2 (block (back)))\n(back)\nerror: syntax.expected-token")
    }

    @Test("a block header without '{' does not also report the '}' that closed it")
    func headerWithoutBrace() {
        #expect(Parse.dump("if a\n  back\n}\nback") == "(back)\n(back)\nerror: syntax.expected-token")
        #expect(
            Parse.body("repeat 2 {\n  for each x in xs\n    back\n  }\n  back\n}\n").ids == ["syntax.expected-token"])
    }

    @Test("an error inside a multi-line bracket skips to its closer")
    func multiLineBracket() {
        let result = Parse.body("output r: {\n  a: strng,\n  b: int\n}\nlet xs = [1,\n  2 3,\n  4]\nback")
        #expect(result.ids == ["syntax.expected-type", "syntax.expected-token"])
        #expect(result.program.statements.count == 1)
    }

    @Test("a missing ')' stops at the next statement line")
    func missingParen() {
        let result = Parse.body("let x = (a +\n  b\nclick \".a\"\nback")
        #expect(result.ids == ["syntax.expected-token"])
        #expect(result.program.statements.count == 2)
    }

    @Test("a lexical error does not also produce a parse error on its line")
    func lexicalThenParse() {
        #expect(
            Parse.body("let x = @\nclick \".a\" timeout 5sec\nopen \"a\\q\"").ids
                == ["syntax.unexpected-character", "syntax.invalid-number-suffix", "syntax.invalid-escape"])
    }

    @Test("errors in field bindings are reported per line and the record body closes")
    func recordBodyErrors() {
        let result = Parse.body("extract r = each \".r\" {\n  a = text 5\n  b = text \".b\"\n  c ==\n}\nback")
        #expect(result.ids == ["syntax.expected-locator", "syntax.expected-token"])
        #expect(
            Parse.dump("extract r = each \".r\" {\n  a = text 5\n  b = text \".b\"\n}")
                == "(extract r = (each (css \".r\") (field b (text (css \".b\")))))\nerror: syntax.expected-locator")
    }

    @Test("a stray '}' at the top level is reported once")
    func strayBrace() {
        #expect(Parse.body("back\n}\nback").ids == ["syntax.unexpected-token"])
    }

    @Test("the diagnostic limit caps pathological input")
    func limit() {
        let file = SourceFile(path: "many.wt", text: String(repeating: "click\n", count: 2000))
        var engine = DiagnosticEngine(limit: 100)
        _ = Parser.parse(file, diagnostics: &engine)
        #expect(engine.diagnostics.count == 100)
    }
}
