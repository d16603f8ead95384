import Testing
import WTRuntime
import WTTestSupport

@Suite("Page values and visibility in conditions")
struct PageValueTests {
    static let page = FakePage(
        "http://fake.test/app", title: "App",
        elements: [
            "#menu": [FakeElement("Menu", attributes: ["aria-expanded": "false"])],
            "#qty": [FakeElement("", attributes: ["value": "2"])],
            "#finish": [FakeElement("Hello World!", attributes: ["hidden": ""])],
        ],
        delayed: [
            "#status": FakeDelayed(afterReads: 2, [FakeElement("Done")]),
            "#finish": FakeDelayed(afterReads: 3, [FakeElement("Hello World!")]),
        ])

    @Test("if, expect and wait for read text, attributes and form values")
    func conditions() async throws {
        var harness = Harness([Self.page], browser: true)
        let result = try await harness.succeed(
            """
            program "values"
            mode browser

            output opened: bool
            output qty: int?

            open "http://fake.test/app"
            let opened = false
            if attr "aria-expanded" of "#menu" == "false" {
              let opened = true
            }
            expect value of "#qty" == "2"
            let qty = value of "#qty" then int
            wait for text "#status" == "Done" timeout 5s
            """)
        #expect(result.json(pretty: false) == #"{"opened":true,"qty":2}"#)
    }

    @Test("in a browser, wait for exists waits for a visible element, not a pre-rendered hidden one")
    func waitsForVisible() async throws {
        var harness = Harness([Self.page], browser: true)
        let clock = ManualClock()
        harness.clock = clock
        _ = try await harness.succeed(
            """
            program "reveal"
            mode browser

            open "http://fake.test/app"
            expect exists "#finish" and hidden "#finish"
            wait for exists "#finish" timeout 5s
            expect visible "#finish" and not hidden "#finish"
            """)
        // The hidden #finish was there from the first look; the wait went on until the shown one appeared.
        #expect(clock.sleeps >= 1)
    }

    @Test("a timed-out wait says what the page value was")
    func timeoutShowsValue() async throws {
        var harness = Harness([Self.page], browser: true)
        let failure = try await harness.fail(
            """
            program "stuck"
            mode browser

            open "http://fake.test/app"
            wait for attr "aria-expanded" of "#menu" == "true" and text "#nothing" == "x" timeout 1s
            """)
        #expect(failure.id == "run.timeout")
        #expect(failure.notes.contains(##"attr "aria-expanded" of "#menu" was "false""##))
        #expect(failure.notes.contains(##"text "#nothing" was missing (nothing matched)"##))
    }
}
