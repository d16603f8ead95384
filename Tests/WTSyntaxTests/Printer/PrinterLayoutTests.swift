import Testing
import WTSyntax

@Suite("Printer: program layout and blank lines")
struct PrinterLayoutTests {
    private let param = Declaration(
        .param(name: Identifier("tag"), type: TypeExpr(.scalar(.string)), defaultValue: nil))
    private func click(_ selector: String, _ trivia: Trivia = Trivia()) -> Statement {
        Statement(.click(.css(selector), timeout: nil), trivia: trivia)
    }

    @Test("sections are separated by exactly one blank line and empty sections leave no gap")
    func sections() {
        expectText(Printer.print(.named("x")), "program \"x\"\n")
        expectText(Printer.print(.named("x", mode: .browser)), "program \"x\"\nmode browser\n")
        expectText(Printer.print(.named("x", declarations: [param])), "program \"x\"\n\nparam tag: string\n")
        expectText(Printer.print(.named("x", statements: [click("a")])), "program \"x\"\n\nclick \"a\"\n")
        expectText(Printer.print(.named("x", trailingComments: ["end"])), "program \"x\"\n\n# end\n")
        expectText(
            Printer.print(
                .named(
                    "x", mode: .http, declarations: [param], statements: [click("a")],
                    trailingComments: ["end", ""])),
            """
            program "x"
            mode http

            param tag: string

            click "a"

            # end
            #

            """)
    }

    @Test("the blank-line flag is ignored on the first node of every sequence")
    func firstNodeFlagIgnored() {
        var first = param
        first.trivia = .blank
        let record = RecordBody([FieldBinding(name: Identifier("a"), value: .expr(.url), trivia: .blank)])
        let program = Program.named(
            "x", declarations: [first],
            statements: [
                click("a", .blank),
                Statement(.within(.css("main"), Block([click("b", .blank)]))),
                .extract("r", .one(.css("main"), record)),
            ])
        expectText(
            Printer.print(program),
            """
            program "x"

            param tag: string

            click "a"
            within "main" {
              click "b"
            }
            extract r = one "main" {
              a = url
            }

            """)
    }

    @Test("a flagged node gets one blank line, before its leading comments, in every sequence")
    func flaggedNodes() {
        var second = param
        second.trivia = Trivia(leadingComments: [Comment("pages")], blankLineBefore: true)
        let record = RecordBody([
            FieldBinding(name: Identifier("a"), value: .expr(.url)),
            FieldBinding(name: Identifier("b"), value: .expr(.title), trivia: .blank),
        ])
        let program = Program.named(
            "x", declarations: [param, second],
            statements: [
                click("a"),
                click("b", Trivia(leadingComments: [Comment("then")], blankLineBefore: true)),
                Statement(
                    .repeatLoop(count: .int(2), counter: nil, body: Block([click("c"), click("d", .blank)])),
                    trivia: .blank),
                .extract("r", .one(.css("main"), record)),
            ])
        expectText(
            Printer.print(program),
            """
            program "x"

            param tag: string

            # pages
            param tag: string

            click "a"

            # then
            click "b"

            repeat 2 {
              click "c"

              click "d"
            }
            extract r = one "main" {
              a = url

              b = title
            }

            """)
    }

    @Test("the output has no trailing whitespace, no double blank lines and one final newline")
    func lineHygiene() {
        let deep = (0..<6).reduce(click("z", .blank)) { inner, _ in
            Statement(
                .within(.css("div"), Block([click("y"), inner], closingComments: [Comment("  ")])),
                trivia: .blank)
        }
        let text = Printer.print(
            .named(
                "x", mode: .auto, declarations: [param], statements: [deep, deep],
                trailingComments: ["end  "]))
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
        #expect(!text.contains("\n\n\n"))
        #expect(!text.contains(" \n"))
        #expect(!text.contains("\r"))
    }
}
