import Testing
import WTRuntime
import WTTestSupport

@Suite("Control flow")
struct ControlFlowTests {
    static let page = FakePage(
        "http://fake.test/", title: "Home",
        elements: ["#status": [FakeElement("pending")], "h1": [FakeElement("Welcome")]])

    @Test("return ends the run successfully with the outputs as they are")
    func returnKeepsOutputs() async throws {
        var harness = Harness([Self.page])
        let result = try await harness.succeed(
            """
            program "early"

            output seen: [string]
            output heading: string?

            open "http://fake.test/"
            let seen += "before"
            if exists "h1" {
              return
            }
            extract heading = text "h1"
            """)
        #expect(result.json(pretty: false) == #"{"seen":["before"],"heading":null}"#)
        #expect(result.stepsRun == 2)
    }

    @Test(
        "if, else if and else take the first branch whose condition holds",
        arguments: [
            ("archived", "A"), ("pending", "B"), ("draft", "B"), ("other", "C"),
        ])
    func elseIfChain(status: String, expected: String) async throws {
        var page = Self.page
        page.elements["#status"] = [FakeElement(status)]
        var harness = Harness([page])
        let result = try await harness.succeed(
            """
            program "branches"

            output branch: string

            open "http://fake.test/"
            extract status = text "#status"
            if status == "archived" {
              let branch = "A"
            } else if status ~ "^(draft|pending)$" {
              let branch = "B"
            } else {
              let branch = "C"
            }
            """)
        #expect(result[output: "branch"] == .string(expected))
    }

    @Test("break leaves only the innermost loop")
    func breakIsInnermost() async throws {
        var harness = Harness([Self.page])
        let result = try await harness.succeed(
            """
            program "nested"

            output pairs: [string]

            repeat 3 as i {
              repeat 3 as j {
                if j == 2 {
                  break
                }
                let pairs += "{i}-{j}"
              }
            }
            """)
        #expect(result.json(pretty: false) == #"{"pairs":["1-1","2-1","3-1"]}"#)
    }

    @Test("a name first bound in a loop body starts over in every iteration")
    func loopBodyScope() async throws {
        var harness = Harness([Self.page])
        let result = try await harness.succeed(
            """
            program "scopes"

            output items: [string]

            open "http://fake.test/"
            for each word in ["x", "y"] {
              extract heading = text "h1"
              let entry = "{word}:{heading}"
              let items += entry
            }
            """)
        #expect(result.json(pretty: false) == #"{"items":["x:Welcome","y:Welcome"]}"#)
    }

    @Test("arithmetic and comparisons mix ints and numbers")
    func arithmetic() async throws {
        var harness = Harness([Self.page])
        let result = try await harness.succeed(
            """
            program "math"

            output total: number
            output big: bool

            let a = 2
            let b = 0.5
            let total = a + b - 1
            let big = total >= 1.5 and a == 2.0
            """)
        #expect(result.json(pretty: false) == #"{"total":1.5,"big":true}"#)
    }
}
