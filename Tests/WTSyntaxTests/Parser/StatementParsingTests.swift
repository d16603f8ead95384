import Testing
import WTSyntax

@Suite("Parsing steps and control flow")
struct StatementParsingTests {
    static let steps: [(String, String)] = [
        (##"open "https://x/""##, ##"(open "https://x/")"##),
        (##"open base + "/page/" + n"##, ##"(open (+ (+ base "/page/") n))"##),
        (##"click ".a""##, ##"(click (css ".a"))"##),
        (##"click ".a" timeout 5s"##, ##"(click (css ".a") (timeout 5000ms))"##),
        (##"fill label "Email" with email"##, ##"(fill (label "Email") email)"##),
        (##"fill "#q" with "x" timeout 500ms"##, ##"(fill (css "#q") "x" (timeout 500ms))"##),
        (##"select "#c" option "Red""##, ##"(select (css "#c") option "Red")"##),
        (##"select "#c" value v timeout 2m"##, ##"(select (css "#c") value v (timeout 120000ms))"##),
        (##"check "#a""##, ##"(check (css "#a"))"##),
        (##"uncheck role checkbox "Agree" timeout 1s"##, ##"(uncheck (role checkbox "Agree") (timeout 1000ms))"##),
        (##"press "Enter""##, ##"(press "Enter")"##),
        (##"press "Tab" on "#q""##, ##"(press "Tab" (on (css "#q")))"##),
        ("scroll", "(scroll)"),
        (##"scroll to "#footer""##, ##"(scroll (to (css "#footer")))"##),
        (##"scroll until no new ".item" max 20"##, ##"(scroll (until-no-new (css ".item")) (max 20))"##),
        (##"scroll until exists ".end" max n"##, ##"(scroll (until (exists (css ".end"))) (max n))"##),
        (##"wait for exists ".x""##, ##"(wait-for (exists (css ".x")))"##),
        (##"wait for url ~ "/done" timeout 30s"##, ##"(wait-for (~ (url) "/done") (timeout 30000ms))"##),
        ("back", "(back)"),
        (##"download "a.pdf" into report"##, ##"(download (css "a.pdf") (into report))"##),
        (##"download "a" into f timeout 1m"##, ##"(download (css "a") (into f) (timeout 60000ms))"##),
        ("break", "(break)"),
        ("return", "(return)"),
        ("let x = 1", "(let x = 1)"),
        ("let xs += [1]", "(let xs += (list 1))"),
        ("expect count quotes >= 1", "(expect (>= (count quotes) 1))"),
    ]

    @Test("every step parses into the expected tree", arguments: steps)
    func step(source: String, expected: String) {
        #expect(Parse.dump(source) == expected)
    }

    static let blocks: [(String, String)] = [
        ("within \"iframe\" {\n  click \"b\"\n}", ##"(within (css "iframe") (block (click (css "b"))))"##),
        ("for each item in items {\n  open item.url\n}", "(for-each item items (block (open item.url)))"),
        ("for each x in xs concurrency 4 {\n  back\n}", "(for-each x xs (concurrency 4) (block (back)))"),
        ("repeat 3 {\n  back\n}", "(repeat 3 (block (back)))"),
        ("repeat n as i {\n}", "(repeat n (as i) (block))"),
        ("repeat as i {\n}", "(repeat (as i) (block))"),
        ("repeat {\n}", "(repeat (block))"),
        ("if a {\n  back\n}", "(if a (block (back)))"),
        ("if a {\n} else {\n  back\n}", "(if a (block) (block (back)))"),
        ("if a {\n} else if b {\n} else {\n}", "(if a (block) (if b (block) (block)))"),
        ("if a {\n\n  back\n\n\n  back\n}", "(if a (block (back) (back)))"),
        (
            "repeat 2 {\n  repeat 3 {\n    if x {\n      break\n    }\n  }\n}",
            "(repeat 2 (block (repeat 3 (block (if x (block (break)))))))"
        ),
    ]

    @Test("block statements parse into the expected tree", arguments: blocks)
    func block(source: String, expected: String) {
        #expect(Parse.dump(source) == expected)
    }

    @Test("the canonical quotes program parses into the documented dump")
    func quotes() {
        let source = """
            program "quotes"
            mode auto

            param tag: string = "love"
            output quotes: [{ text: string, author: string }]

            open "https://q/{tag}/"
            repeat max_pages {
              extract quotes += each ".quote" {
                text = text ".text"
              }
              if not exists "li.next > a" {
                break
              }
              click "li.next > a"
            }
            """
        let result = Parse.file(source)
        #expect(result.diagnostics.isEmpty)
        let expected = """
            (program "quotes"
              (mode auto)
              (param tag (string) "love")
              (output quotes (list (record (text (string)) (author (string)))))
              (open "https://q/{tag}/")
              (repeat max_pages (block (extract quotes += (each (css ".quote") (field text (text (css ".text"))))) \
            (if (not (exists (css "li.next > a"))) (block (break))) (click (css "li.next > a")))))
            """
        #expect(ASTDump.dump(result.program) == expected)
    }
}
