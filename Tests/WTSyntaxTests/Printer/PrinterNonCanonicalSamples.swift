import Testing

/// Accepted but non-canonical inputs, with the canonical text where the layout is certain. Each must
/// reach a fixed point in one print.
enum PrinterNonCanonicalSamples {
    struct Sample: Sendable, CustomTestStringConvertible {
        var name: String
        var input: String
        /// nil where only idempotence and the tree are checked.
        var expected: String?
        var testDescription: String { name }
    }

    static let all: [Sample] = [
        spacing, cssKeyword, blankLines, durations, numbers, crlf, comments, records,
        noFinalNewline, manyFinalNewlines, tabs, commentThenBlank, emptyBlockLines,
    ]

    static let spacing = Sample(
        name: "extra spaces",
        input: """
            program   "x"
            mode    http

            param  a :int=1
            output  o : { a : string , b:[ int ] , }

            click   "a"    timeout   5000ms
            let x=1+2
            let y = ( x  +  1 )  ==  [ 1 , 2 ]
            fill "#q"   with  "v"

            """,
        expected: """
            program "x"
            mode http

            param a: int = 1
            output o: { a: string, b: [int] }

            click "a" timeout 5s
            let x = 1 + 2
            let y = (x + 1) == [1, 2]
            fill "#q" with "v"

            """)

    static let cssKeyword = Sample(
        name: "css keyword",
        input: """
            program "x"

            click css "a.next"
            click first css ".a" | css ".b" | text "B"

            """,
        expected: """
            program "x"

            click "a.next"
            click first ".a" | ".b" | text "B"

            """)

    static let blankLines = Sample(
        name: "odd blank lines",
        input: """
            program "x"



            param a: int


            param b: int
            click "a"



            click "b"
            repeat 2 {

              click "c"


            }


            # end



            """,
        expected: """
            program "x"

            param a: int

            param b: int

            click "a"

            click "b"
            repeat 2 {
              click "c"
            }

            # end

            """)

    static let durations = Sample(
        name: "durations",
        input: """
            program "x"

            click "a" timeout 5000ms
            click "a" timeout 60000ms
            click "a" timeout 120s
            click "a" timeout 0s
            click "a" timeout 1_500ms
            click "a" timeout 90s

            """,
        expected: """
            program "x"

            click "a" timeout 5s
            click "a" timeout 1m
            click "a" timeout 2m
            click "a" timeout 0ms
            click "a" timeout 1500ms
            click "a" timeout 90s

            """)

    static let numbers = Sample(
        name: "number separators",
        input: """
            program "x"

            param big: int = 1_000_000
            param rate: number = 1_0.50

            """,
        expected: """
            program "x"

            param big: int = 1000000
            param rate: number = 10.50

            """)

    static let crlf = Sample(
        name: "CRLF line endings",
        input: PrinterCanonicalSamples.comments.replacingOccurrences(of: "\n", with: "\r\n"),
        expected: PrinterCanonicalSamples.comments)

    static let comments = Sample(
        name: "comment spacing",
        input: """
            program "x" #header
            #no space
            #    spaced   \("")
            click "a" # one space
            click "b"\t#\ttab

            """,
        expected: """
            program "x"  # header

            # no space
            # spaced
            click "a"  # one space
            click "b"  # tab

            """)

    static let records = Sample(
        name: "short record over several lines",
        input: """
            program "x"

            output o: [{
              a: string,
              b: { c: int, },
            }]

            """,
        expected: """
            program "x"

            output o: [{ a: string, b: { c: int } }]

            """)

    static let noFinalNewline = Sample(
        name: "no final newline", input: "program \"x\"\n\nback",
        expected: """
            program "x"

            back

            """)

    static let manyFinalNewlines = Sample(
        name: "many final newlines", input: "program \"x\"\n\nback\n\n\n\n",
        expected: "program \"x\"\n\nback\n")

    static let tabs = Sample(
        name: "tabs and trailing spaces", input: "program \"x\"  \n\nrepeat 2 {\t\n\t\tback  \n}\t\n",
        expected: "program \"x\"\n\nrepeat 2 {\n  back\n}\n")

    static let commentThenBlank = Sample(
        name: "a comment separated from its node by a blank line",
        input: """
            program "x"

            # params

            param a: int

            # steps

            back
            within "a" {

              # inner

              back

            }

            """, expected: nil)

    static let emptyBlockLines = Sample(
        name: "empty blocks with blank lines",
        input: """
            program "x"

            within "a" {


            }
            if true {

            } else {

            }

            """,
        expected: """
            program "x"

            within "a" {
            }
            if true {
            } else {
            }

            """)
}
