import Testing
import WTRuntime
import WTTestSupport

@Suite("Value transforms")
struct TransformTests {
    static let page = FakePage(
        "http://fake.test/search", title: "Search",
        elements: [
            ".summary": [FakeElement("Showing 1–20 of 1,345 results")],
            ".instruction": [FakeElement(#"Click on the "Submit" button."#)],
            ".tags": [FakeElement("Red, green ,, Blue")],
            "li": ["Tab #3", "Tab #12", "no number"].map { FakeElement($0, children: [".name": [FakeElement($0)]]) },
            ".date": [FakeElement("Posted 2026-11-29 by Ada")],
        ])

    @Test("match takes the first group, a named or numbered group, and converts with then int")
    func matchAndConvert() async throws {
        var harness = Harness([Self.page])
        let result = try await harness.succeed(
            #"""
            program "sentence"

            output total: int
            output button: string
            output year: int
            output month: string
            output whole: string

            open "http://fake.test/search"
            extract total = text ".summary" then match "of ([\\d,]+) results" then int
            extract button = text ".instruction" then match "\"([^\"]+)\""
            extract year = text ".date" then match "(?<y>\\d\{4\})-(?<m>\\d\\d)" group "y" then int
            extract month = text ".date" then match "(\\d\{4\})-(\\d\\d)" group 2
            extract whole = text ".date" then match "\\d\{4\}-\\d\\d-\\d\\d"
            """#)
        #expect(
            result.json(pretty: false)
                == #"{"total":1345,"button":"Submit","year":2026,"month":"11","whole":"2026-11-29"}"#)
    }

    @Test("matches, split, replace, trim, lower and upper, over one text and over each text of a list")
    func listTransforms() async throws {
        var harness = Harness([Self.page])
        let result = try await harness.succeed(
            #"""
            program "lists"

            output numbers: [string]
            output tags: [string]
            output tabs: [string]
            output loud: string

            open "http://fake.test/search"
            extract numbers = text ".summary" then matches "\\d+"
            extract tags = text ".tags" then split "," then lower
            extract tabs = texts "li" then replace "Tab " with "" then upper
            extract loud = text ".instruction" then replace "\"" with "" then trim then upper
            """#)
        #expect(
            result.json(pretty: false)
                == ##"{"numbers":["1","20","1","345"],"tags":["red","green","blue"],"tabs":["#3","#12","NO NUMBER"],"##
                + #""loud":"CLICK ON THE SUBMIT BUTTON."}"#)
    }

    @Test("in a record, a text that does not match is null for an optional field and a failure otherwise")
    func noMatch() async throws {
        var harness = Harness([Self.page])
        let result = try await harness.succeed(
            #"""
            program "tabs"

            output tabs: [{ name: string, n: int? }]

            open "http://fake.test/search"
            extract tabs = each "li" {
              name = text ".name"
              n = text ".name" then match "#(\\d+)" then int
            }
            """#)
        #expect(result.json(pretty: false).contains(#"{"name":"no number","n":null}"#))
        #expect(result.json(pretty: false).contains(##"{"name":"Tab #12","n":12}"##))

        let source = #"""
            program "tabs"

            output n: int

            open "http://fake.test/search"
            1️⃣extract n = text ".instruction" then match "#(\\d+)" then int
            """#
        let failure = try await harness.fail(source)
        #expect(failure.id == "run.no-match")
        #expect(failure.message.contains(##"the pattern "#(\d+)" does not match "Click on the "Submit" button.""##))
        #expect(failure.message.hasPrefix(#"extract n = text ".instruction""#))
        #expect(failure.offset == MarkedSource(source)["1️⃣"])
    }

    @Test("transforms work on plain values too, before any page is open")
    func plainValues() async throws {
        var harness = Harness([Self.page])
        let result = try await harness.succeed(
            """
            program "plain"

            output n: int
            output words: [string]

            let n = "about 1,234 items" then int
            let words = "  A b  " then trim then lower then split " "
            """)
        #expect(result.json(pretty: false) == #"{"n":1234,"words":["a","b"]}"#)
    }
}
