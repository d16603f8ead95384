import Testing
import WTRuntime
import WTTestSupport

@Suite("Failures and cleanup")
struct FailureTests {
    static let page = FakePage("http://fake.test/list/3", title: "Page 3", elements: [".item": [FakeElement("x")]])

    @Test("a missing element fails the step with the step, the driver's message and what the page had")
    func notFound() async throws {
        var harness = Harness([Self.page])
        let source = """
            program "next"

            open "http://fake.test/list/3"
            1️⃣click "li.next > a" timeout 3s
            """
        let failure = try await harness.fail(source)
        #expect(failure.id == "run.not-found")
        #expect(failure.kind == .stepFailed)
        #expect(failure.message == #"click "li.next > a": no element matches on http://fake.test/list/3 (waited 3s)"#)
        #expect(failure.help == #"the page had: title "Page 3"; .item ×1"#)
        #expect(failure.offset == MarkedSource(source)["1️⃣"])
        #expect(failure.line == 4)
        // The URL is in the message already, so no note repeats it.
        #expect(failure.notes.isEmpty)
    }

    @Test("an unavailable network is its own kind, for exit code 69")
    func unavailable() async throws {
        var harness = Harness([Self.page])
        harness.site.fail(
            "open http://fake.test/list/3", with: StepError(.unavailable, "cannot connect to fake.test:80"))
        let failure = try await harness.fail(
            """
            program "offline"

            open "http://fake.test/list/3"
            """)
        #expect(failure.kind == .unavailable)
        #expect(failure.id == "run.unavailable")
        #expect(failure.message == #"open "http://fake.test/list/3": cannot connect to fake.test:80"#)
        #expect(failure.help == nil)
    }

    @Test("the driver is closed once, after success and after failure", arguments: [true, false])
    func driverClosed(succeeds: Bool) async throws {
        var harness = Harness([Self.page])
        let selector = succeeds ? ".item" : ".gone"
        _ = try await harness.run(
            """
            program "close"

            open "http://fake.test/list/3"
            click "\(selector)"
            """)
        #expect(harness.site.closeCount == 1)
        #expect(harness.site.log.last == "close")
    }

    @Test("an output never assigned fails the run at its declaration")
    func neverAssigned() async throws {
        var harness = Harness([Self.page])
        let source = """
            program "unassigned"

            1️⃣output heading: string
            output count_: int?

            open "http://fake.test/list/3"
            if exists ".nothing" {
              extract heading = text ".item"
            }
            """
        let failure = try await harness.fail(source)
        #expect(failure.kind == .outputInvalid)
        #expect(failure.id == "run.output-invalid")
        #expect(failure.message == "output 'heading' was never assigned")
        #expect(failure.offset == MarkedSource(source)["1️⃣"])
    }

    @Test("an output left unassigned by return also fails")
    func neverAssignedAfterReturn() async throws {
        var harness = Harness([Self.page])
        let failure = try await harness.fail(
            """
            program "early"

            output heading: string

            open "http://fake.test/list/3"
            if exists ".item" {
              return
            }
            extract heading = text ".item"
            """)
        #expect(failure.message == "output 'heading' was never assigned")
    }
}
