import Testing
import WTSyntax

@Suite("Printer: comments")
struct PrinterCommentTests {
    private let click = Statement(
        .click(.css("a"), timeout: nil),
        trivia: Trivia(
            leadingComments: [Comment("lead one"), Comment("")], trailingComment: Comment("why")))

    @Test("header, mode, declaration and program comments")
    func topLevel() {
        let header = Header(
            name: .plain("quotes"),
            trivia: Trivia(
                leadingComments: [Comment("compiled from trace wt_2f9c")], trailingComment: Comment("name")),
            mode: ModeLine(
                mode: .auto,
                trivia: Trivia(
                    leadingComments: [Comment("mode")],
                    trailingComment: Comment("auto | browser | http"))))
        let declaration = Declaration(
            .param(
                name: Identifier("tag"), type: TypeExpr(.scalar(.string)),
                defaultValue: .str("love")),
            trivia: Trivia(leadingComments: [Comment("inputs")], trailingComment: Comment("")))
        let program = Program(
            header: header, declarations: [declaration], statements: [click],
            trailingComments: [Comment("the end")])
        expectText(
            Printer.print(program),
            """
            # compiled from trace wt_2f9c
            program "quotes"  # name
            # mode
            mode auto  # auto | browser | http

            # inputs
            param tag: string = "love"  #

            # lead one
            #
            click "a"  # why

            # the end

            """)
    }

    @Test("a block's trailing comment follows its brace and closing comments sit one level deeper")
    func blocks() {
        let trivia = Trivia(leadingComments: [Comment("before")], trailingComment: Comment("after brace"))
        let body = Block([click], closingComments: [Comment("closing")])
        let program = Program.body(
            Statement(.within(.css("form"), body), trivia: trivia),
            Statement(
                .forEach(variable: Identifier("x"), list: .path("xs"), concurrency: nil, body: Block()),
                trivia: .trail("each")),
            Statement(
                .repeatLoop(count: .int(2), counter: nil, body: Block(closingComments: [Comment("todo")])),
                trivia: .trail("twice")))
        expectText(
            printedBody(program),
            """
            # before
            within "form" {  # after brace
              # lead one
              #
              click "a"  # why
              # closing
            }
            for each x in xs {  # each
            }
            repeat 2 {  # twice
              # todo
            }

            """)
    }

    @Test("if chains keep every comment: an else-if's leading comments close the block before it")
    func ifChain() {
        let elseIf = Statement(
            .ifElse(
                condition: .path("b"), then: Block([Statement(.back)]),
                otherwise: .block(Block(closingComments: [Comment("else end")]))),
            trivia: Trivia(
                leadingComments: [Comment("second case")],
                trailingComment: Comment("on b")))
        let statement = Statement(
            .ifElse(
                condition: .path("a"), then: Block(closingComments: [Comment("a end")]),
                otherwise: .elseIf(elseIf)), trivia: .trail("on a"))
        expectText(
            printedBody(.body(statement)),
            """
            if a {  # on a
              # a end
              # second case
            } else if b {  # on b
              back
            } else {
              # else end
            }

            """)
    }

    @Test("record bodies carry comments on the extract line, on fields and before the brace")
    func recordBody() {
        let body = RecordBody(
            [
                FieldBinding(
                    name: Identifier("text"), value: .extraction(.read(.text, .css(".text"))),
                    trivia: Trivia(leadingComments: [Comment("the quote")], trailingComment: Comment("trimmed"))),
                FieldBinding(name: Identifier("tags"), value: .extraction(.read(.texts, .css("a.tag")))),
            ], closingComments: [Comment("more fields later")])
        let statement = Statement.extract("quotes", .append, .each(.css(".quote"), body))
        var commented = statement
        commented.trivia = Trivia(leadingComments: [Comment("page")], trailingComment: Comment("one per quote"))
        let table = Statement(
            .extract(target: Identifier("rows"), op: .assign, .table(.css("table"), range: .at(0))),
            trivia: .trail("header row"))
        expectText(
            printedBody(.body(commented, table)),
            """
            # page
            extract quotes += each ".quote" {  # one per quote
              # the quote
              text = text ".text"  # trimmed
              tags = texts "a.tag"
              # more fields later
            }
            extract rows = table "table"  # header row

            """)
    }

    @Test("comment text is trimmed and a line break can never end a comment early")
    func commentText() {
        let statement = Statement(
            .back,
            trivia: Trivia(
                leadingComments: [
                    Comment("   padded\t"), Comment("first\nsecond\r\n  third"), Comment("#hash"), Comment("lone cr\r"),
                ],
                trailingComment: Comment(" one\ntwo ")))
        expectText(
            printedBody(.body(statement)),
            """
            # padded
            # first
            # second
            # third
            # #hash
            # lone cr
            back  # one two

            """)
    }
}
