import Testing
import WTRuntime
import WTTestSupport

@Suite("Browser-only steps and waits")
struct ModeTests {
    static let page = FakePage(
        "http://fake.test/feed", title: "Feed",
        elements: ["article": [FakeElement("1"), FakeElement("2")]],
        onPress: ["Enter": .navigate("/results")],
        delayed: [".account": FakeDelayed(afterReads: 3, [FakeElement("Ada")])],
        scrollBatches: ["article": [[FakeElement("3"), FakeElement("4")], [FakeElement("5")], []]])
    static let results = FakePage("http://fake.test/results", title: "Results")

    @Test(
        "over plain HTTP, wait for and scroll are refused before touching the page",
        arguments: [
            ("wait for exists \".account\"", "wait for"), ("scroll", "scroll"), ("scroll to \"article\"", "scroll"),
            ("scroll until no new \"article\" max 3", "scroll"),
        ])
    func httpRefuses(step: String, name: String) async throws {
        var harness = Harness([Self.page])
        let source = """
            program "needs-browser"

            open "http://fake.test/feed"
            1️⃣\(step)
            """
        let failure = try await harness.fail(source)
        #expect(failure.id == "run.unsupported-in-mode")
        #expect(failure.kind == .stepFailed)
        #expect(failure.message == "'\(name)' needs a browser; this run is over plain HTTP (mode http)")
        #expect(failure.help == "use mode browser or auto")
        #expect(failure.offset == MarkedSource(source)["1️⃣"])
        #expect(!harness.site.log.contains { $0.hasPrefix("scroll") })
    }

    @Test("over plain HTTP, press is left to the driver, which may submit a form")
    func httpPress() async throws {
        var harness = Harness([Self.page, Self.results])
        let result = try await harness.succeed(
            """
            program "submit"

            output where: url

            open "http://fake.test/feed"
            press "Enter" on first "article"
            let where = url
            """)
        #expect(result[output: "where"] == .url("http://fake.test/results"))
    }

    @Test("wait for polls until the condition holds, sleeping on the run's clock between looks")
    func waitForSucceeds() async throws {
        var harness = Harness([Self.page], browser: true)
        let clock = ManualClock()
        harness.clock = clock
        let result = try await harness.succeed(
            """
            program "wait"
            mode browser

            output name: string

            open "http://fake.test/feed"
            wait for exists ".account" timeout 5s
            extract name = text ".account"
            """)
        #expect(result[output: "name"] == .string("Ada"))
        // Three looks without the element, a sleep after each, then the fourth look finds it.
        #expect(clock.sleeps == 3)
        #expect(result.duration == .milliseconds(300))
    }

    @Test("wait for fails at its deadline, naming the condition and the time waited")
    func waitForTimesOut() async throws {
        var harness = Harness([Self.page], browser: true)
        let source = """
            program "wait"
            mode browser

            open "http://fake.test/feed"
            1️⃣wait for exists ".never" or count "article" > 5 timeout 2s
            """
        let failure = try await harness.fail(source)
        #expect(failure.id == "run.timeout")
        #expect(failure.message == #"wait for exists ".never" or count "article" > 5: still false after 2s"#)
        #expect(failure.offset == MarkedSource(source)["1️⃣"])
        #expect(failure.notes == [#"count "article" was 2"#, "on http://fake.test/feed"])
    }

    @Test("scroll until no new stops when a scroll loads nothing more")
    func scrollUntilNoNew() async throws {
        var harness = Harness([Self.page], browser: true)
        let observer = RecordingObserver()
        harness.observer = observer
        let result = try await harness.succeed(
            """
            program "feed"
            mode browser

            output posts: [string]

            open "http://fake.test/feed"
            scroll until no new "article" max 10
            extract posts = texts "article"
            """)
        #expect(result.json(pretty: false) == #"{"posts":["1","2","3","4","5"]}"#)
        // Two grow the list, two in a row bring nothing and end it.
        #expect(harness.site.log.filter { $0 == "scroll" }.count == 4)
        #expect(observer.summaries.contains(#"scroll until no new "article" max 10: 4 scrolls, 5 found"#))
    }

    @Test("scroll until a condition stops as soon as it holds, and at its bound otherwise")
    func scrollUntilCondition() async throws {
        var harness = Harness([Self.page], browser: true)
        _ = try await harness.succeed(
            """
            program "feed"
            mode browser

            open "http://fake.test/feed"
            scroll until count "article" >= 4 max 10
            scroll until count "article" >= 100 max 2
            """)
        #expect(harness.site.log.filter { $0 == "scroll" }.count == 3)
    }
}
