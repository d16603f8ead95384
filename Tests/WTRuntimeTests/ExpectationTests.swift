import Testing
import WTRuntime
import WTTestSupport

@Suite("Expectations")
struct ExpectationTests {
    static let page = FakePage(
        "http://fake.test/login", title: "Log in", elements: ["form": [FakeElement()], ".price": [FakeElement("-3")]])

    @Test("a failed expect says what it expected and the value it found, at its line, with the page")
    func countMessage() async throws {
        var harness = Harness([Self.page])
        let source = """
            program "contract"

            output quotes: [{ text: string }]

            open "http://fake.test/login"
            extract quotes = each ".quote" {
              text = text ".text"
            }
            1️⃣expect count quotes >= 1
            """
        let failure = try await harness.fail(source)
        #expect(failure.kind == .expectationFailed)
        #expect(failure.id == "run.expect-failed")
        #expect(failure.message == "expected count quotes >= 1, but count quotes is 0")
        #expect(failure.offset == MarkedSource(source)["1️⃣"])
        #expect(failure.notes == ["on http://fake.test/login"])
        #expect(failure.help == #"the page had: title "Log in"; .price ×1, form ×1"#)
    }

    @Test("both sides are shown when neither is a literal")
    func bothSides() async throws {
        var harness = Harness([Self.page])
        let failure = try await harness.fail(
            """
            program "sides"

            output n: int

            open "http://fake.test/login"
            extract n = int ".price"
            expect count "form" == n
            """)
        #expect(failure.message == #"expected count "form" == n, but count "form" is 1 and n is -3"#)
    }

    @Test("a url that does not match shows the url")
    func urlMatch() async throws {
        var harness = Harness([Self.page])
        let failure = try await harness.fail(
            """
            program "where"

            open "http://fake.test/login"
            expect url ~ "/account$"
            """)
        #expect(failure.message == #"expected url ~ "/account$", but url is "http://fake.test/login""#)
    }

    @Test("a condition that is not a comparison just does not hold")
    func plainCondition() async throws {
        var harness = Harness([Self.page])
        let failure = try await harness.fail(
            """
            program "present"

            open "http://fake.test/login"
            expect exists ".nothing"
            """)
        #expect(failure.message == #"expected exists ".nothing", but it does not hold"#)
    }

    @Test("all … have points at the record and field that are empty")
    func allHaveNamesRecord() async throws {
        let page = FakePage(
            "http://fake.test/p",
            elements: [
                ".person": [
                    FakeElement(children: ["b": [FakeElement("Ann")], "i": [FakeElement("a@x")]]),
                    FakeElement(children: ["b": [FakeElement("Bob")]]),
                ]
            ])
        var harness = Harness([page])
        let failure = try await harness.fail(
            """
            program "complete"

            output people: [{ name: string, email: string? }]

            open "http://fake.test/p"
            extract people = each ".person" {
              name = text "b"
              email = text "i"
            }
            expect all people have name, email
            """)
        #expect(failure.message == "expected all people have name, email, but record 2 of people has no 'email'")
    }
}
