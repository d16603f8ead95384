import Testing
import WTSyntax

/// Comments and blank lines, as the printer relies on them.
@Suite("Trivia: comments and blank lines")
struct TriviaTests {
    static func dump(_ text: String) -> String {
        let result = Parse.file(text)
        #expect(result.diagnostics.isEmpty, "\(result.summary)")
        return ASTDump.dump(result.program, trivia: true)
    }

    @Test("header comments: before the program line, and trailing on the program and mode lines")
    func header() {
        let text = "#  file comment \nprogram \"t\"  # header\nmode http  # mode\n"
        #expect(
            Self.dump(text) == """
                (program "t" (@leading "file comment") (@trailing "header")
                  (mode http (@trailing "mode")))
                """)
    }

    @Test("own-line comments lead the next statement; same-line comments trail it")
    func leadingAndTrailing() {
        let text = "program \"t\"\n\n# lead\nclick \"a\"  # trail\n\n# second\nback\n# bye\n"
        #expect(
            Self.dump(text) == """
                (program "t"
                  (click (css "a") (@leading "lead") (@trailing "trail"))
                  (back (@blank) (@leading "second"))
                  (@closing "bye"))
                """)
    }

    @Test("a comment after '{' trails the statement; one after '}' too, unless taken, then it leads the next")
    func blockComments() {
        let text =
            "program \"t\"\nif a {  # opens\n  back\n  # closing\n}  # closes\nclick \"b\"\n"
            + "repeat 3 {\n  back\n} # done\n"
        #expect(
            Self.dump(text) == """
                (program "t"
                  (if a (block (back) (@closing "closing")) (@trailing "opens"))
                  (click (css "b") (@leading "closes"))
                  (repeat 3 (block (back)) (@trailing "done")))
                """)
    }

    @Test("record bodies keep field comments, blank lines and closing comments")
    func recordBody() {
        let text =
            "program \"t\"\nextract q = each \".q\" {  # rows\n  # the text\n  text = text \".t\"  # t\n\n"
            + "  author = text \".a\"\n  # end\n}\n"
        #expect(
            Self.dump(text) == """
                (program "t"
                  (extract q = (each (css ".q") (field text (text (css ".t")) (@leading "the text") (@trailing "t")) \
                (field author (text (css ".a")) (@blank)) (@closing "end")) (@trailing "rows")))
                """)
    }

    @Test("comments inside a multi-line construct lead the declaration or statement that holds it")
    func innerComments() {
        let text =
            "program \"t\"\n# top\noutput r: {\n  a: string,  # the a\n  # before b\n  b: int\n}\n"
            + "let xs = [\n  1,  # one\n  2\n]  # after\n"
        #expect(
            Self.dump(text) == """
                (program "t"
                  (output r (record (a (string)) (b (int))) (@leading "top" "the a" "before b"))
                  (let xs = (list 1 2) (@leading "one") (@trailing "after")))
                """)
    }

    @Test("the first node of every sequence never has a blank line before it")
    func firstNodes() {
        let text =
            "program \"t\"\n\n\nparam a: int\n\nparam b: int\n\n\nback\n\nrepeat 2 {\n\n  back\n\n  back\n}\n\n"
            + "extract r = one \"x\" {\n\n  a = text \"a\"\n}\n"
        #expect(
            Self.dump(text) == """
                (program "t"
                  (param a (int))
                  (param b (int) (@blank))
                  (back)
                  (repeat 2 (block (back) (back (@blank))) (@blank))
                  (extract r = (one (css "x") (field a (text (css "a")))) (@blank)))
                """)
    }

    @Test("a blank line counts only before the first leading comment")
    func blankBeforeComment() {
        let text = "program \"t\"\nback\n\n# c\nback\n# d\n\nback\n"
        #expect(
            Self.dump(text) == """
                (program "t"
                  (back)
                  (back (@blank) (@leading "c"))
                  (back (@leading "d")))
                """)
    }

    @Test("else blocks: a second comment after '{' leads the block's first statement; else-if owns its own")
    func elseComments() {
        let text = "program \"t\"\nif a {  # one\n} else {  # two\n  back\n}\nif b {\n} else if c {  # three\n}\n"
        #expect(
            Self.dump(text) == """
                (program "t"
                  (if a (block) (block (back (@leading "two"))) (@trailing "one"))
                  (if b (block) (if c (block) (@trailing "three"))))
                """)
    }

    @Test("empty blocks keep their comments as closing comments")
    func closingComments() {
        let text = "program \"t\"\nrepeat 1 {\n  # nothing\n  # yet\n}\n"
        #expect(
            Self.dump(text) == """
                (program "t"
                  (repeat 1 (block (@closing "nothing" "yet"))))
                """)
    }

    @Test("comment text is trimmed and may be empty")
    func commentText() {
        let result = Parse.body("back #\t  spaced  \nback #")
        #expect(result.program.statements.map { $0.trivia.trailingComment?.text } == ["spaced", ""])
    }
}
