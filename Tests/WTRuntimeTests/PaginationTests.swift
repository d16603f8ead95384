import Testing
import WTRuntime
import WTTestSupport

@Suite("Pagination and appending")
struct PaginationTests {
    static let quotesProgram = """
        program "quotes"

        param base_url: url = "http://fake.test"
        param max_pages: int = 10

        output quotes: [{ text: string, author: string, tags: [string] }]

        open "{base_url}/tag/love/"
        repeat max_pages {
          extract quotes += each ".quote" {
            text = text ".text"
            author = text "small.author"
            tags = texts "a.tag"
          }
          if not exists "li.next > a" {
            break
          }
          click "li.next > a"
        }
        expect count quotes >= 1
        """

    @Test("a quotes-like program follows the next link until it disappears")
    func followsNextLinks() async throws {
        var harness = Harness(Sites.quotes)
        let result = try await harness.succeed(Self.quotesProgram)
        #expect(
            result.json(pretty: false)
                == #"{"quotes":[{"text":"A","author":"Ann","tags":["love"]},{"text":"B","author":"Bob","tags":["love","life"]},"#
                + #"{"text":"C","author":"Cy","tags":[]},{"text":"D","author":"Di","tags":["x"]},"#
                + #"{"text":"E","author":"Ed","tags":[]}]}"#)
        #expect(
            harness.site.log == [
                "open http://fake.test/tag/love/", #"click "li.next > a""#, #"click "li.next > a""#, "close",
            ])
    }

    @Test("repeat stops at its count even when a next link remains")
    func repeatBoundStops() async throws {
        var harness = Harness(Sites.quotes)
        harness.parameters = ["max_pages=2"]
        let result = try await harness.succeed(Self.quotesProgram)
        guard case .list(let quotes) = result[output: "quotes"] else { throw HarnessError.unexpectedSuccess }
        #expect(quotes.count == 4)
        // The second iteration still clicks "next": the bound ends the loop, not the missing link.
        #expect(harness.site.log.filter { $0.hasPrefix("click") }.count == 2)
    }

    @Test("+= concatenates a list and appends a single element")
    func appendSemantics() async throws {
        var harness = Harness([FakePage("http://fake.test/", elements: ["h1": [FakeElement("Title")]])])
        let result = try await harness.succeed(
            """
            program "append"

            output names: [string]
            output counts: [int]

            open "http://fake.test/"
            let names = ["a"]
            let names += ["b", "c"]
            let names += "d"
            extract names += text "h1"
            extract names += texts "h1"
            repeat 3 as i {
              let counts += i
            }
            """)
        #expect(result.json(pretty: false) == #"{"names":["a","b","c","d","Title","Title"],"counts":[1,2,3]}"#)
    }

    @Test("+= of a record list appends records one by one, and of one record appends it")
    func appendRecords() async throws {
        var harness = Harness([
            FakePage(
                "http://fake.test/",
                elements: [
                    ".row": [
                        FakeElement(children: ["b": [FakeElement("1")]]),
                        FakeElement(children: ["b": [FakeElement("2")]]),
                    ],
                    "#one": [FakeElement(children: ["b": [FakeElement("3")]])],
                ])
        ])
        let result = try await harness.succeed(
            """
            program "records"

            output rows: [{ b: int }]

            open "http://fake.test/"
            extract rows += each ".row" {
              b = int "b"
            }
            extract rows += one "#one" {
              b = int "b"
            }
            """)
        #expect(result.json(pretty: false) == #"{"rows":[{"b":1},{"b":2},{"b":3}]}"#)
    }
}
