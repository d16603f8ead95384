import Synchronization
import Testing
import WTRuntime
import WTSyntax
import WTTestSupport

/// The settle after each scroll of `scroll until` ends early when the driver says the page is quiet
/// (`PageQuiet`), and still at `scrollSettleTimeout` otherwise. The run's clock is a `ManualClock`, so the
/// time a settle took is exact: one poll interval (100 ms) per sleep.
@Suite("Scroll settles on a quiet page")
struct ScrollQuietTests {
    static let feed = FakePage(
        "http://fake.test/feed", title: "Feed", elements: ["article": [FakeElement("1"), FakeElement("2")]],
        scrollBatches: ["article": [[FakeElement("3"), FakeElement("4")], [FakeElement("5")], []]])

    static let noNew = """
        program "feed"
        mode browser

        output posts: [string]

        open "http://fake.test/feed"
        scroll until no new "article" max 10
        extract posts = texts "article"
        """

    @Test("the settle after the last scroll ends at the first look after which the page is quiet")
    func endsWhenQuiet() async throws {
        let clock = ManualClock()
        let driver = QuietDriver(quietAfter: 2)
        let result = try await run(Self.noNew, driver: driver, clock: clock)
        #expect(result.json(pretty: false) == #"{"posts":["1","2","3","4","5"]}"#)
        // Scrolls 1 and 2 grow the list at the first look; after scrolls 3 and 4 (two fruitless scrolls in a
        // row end it) the first look finds nothing new and the page not yet quiet, one poll interval later it is.
        let fruitless = ["watch", "scroll", "quiet? no", "quiet? yes"]
        #expect(driver.log == ["watch", "scroll", "watch", "scroll"] + fruitless + fruitless)
        #expect(clock.sleeps == 2)
        #expect(result.duration == .milliseconds(200))
    }

    @Test("a page that never goes quiet is waited for up to the settle time, as by a driver that cannot tell")
    func neverQuiet() async throws {
        let quietClock = ManualClock()
        let quiet = try await run(Self.noNew, driver: QuietDriver(quietAfter: nil), clock: quietClock)
        let plainClock = ManualClock()
        let plain = try await run(
            Self.noNew, driver: FakeDriver(site: FakeSite([Self.feed]), browser: true), clock: plainClock)
        #expect(quiet.json(pretty: false) == plain.json(pretty: false))
        // Each of the two fruitless scrolls that end the loop waits the whole settle time.
        #expect(quiet.duration == RunOptions().scrollSettleTimeout * 2)
        #expect(plain.duration == RunOptions().scrollSettleTimeout * 2)
        #expect(quietClock.sleeps == plainClock.sleeps)
    }

    @Test("scroll until a condition that does not hold scrolls again as soon as the page is quiet")
    func conditionEndsWhenQuiet() async throws {
        let clock = ManualClock()
        let driver = QuietDriver(quietAfter: 1)
        let result = try await run(
            """
            program "feed"
            mode browser

            output posts: [string]

            open "http://fake.test/feed"
            scroll until count "article" >= 100 max 4
            extract posts = texts "article"
            """, driver: driver, clock: clock)
        #expect(result.json(pretty: false) == #"{"posts":["1","2","3","4","5"]}"#)
        #expect(driver.log.filter { $0 == "scroll" }.count == 4)
        #expect(driver.log.filter { $0 == "watch" }.count == 4)
        #expect(clock.sleeps == 0)
        #expect(result.duration == .zero)
    }

    private func run(_ source: String, driver: any PageDriver, clock: ManualClock) async throws -> RunResult {
        let (program, file) = try Harness.check(source)
        return try await Interpreter.run(program, file: file, driver: driver, options: RunOptions(clock: clock))
    }
}

/// A fake browser that can tell when its page is quiet: at the `quietAfter`-th question after each watch
/// (never when nil). It logs watches, scrolls and its answers in order.
final class QuietDriver: PageDriver, PageQuiet {
    private let inner = FakeDriver(site: FakeSite([ScrollQuietTests.feed]), browser: true)
    private let quietAfter: Int?
    private let state = Mutex((questions: 0, log: [String]()))

    var capabilities: DriverCapabilities { inner.capabilities }
    var log: [String] { state.withLock { $0.log } }

    init(quietAfter: Int?) { self.quietAfter = quietAfter }

    func watchActivity() async {
        state.withLock {
            $0.questions = 0
            $0.log.append("watch")
        }
    }

    func isQuiet(for window: Duration) async -> Bool {
        state.withLock { state in
            state.questions += 1
            let quiet = quietAfter.map { state.questions >= $0 } ?? false
            state.log.append(quiet ? "quiet? yes" : "quiet? no")
            return quiet
        }
    }

    func scroll(to locator: ResolvedLocator?, scope: [ResolvedLocator], timeout: Duration) async throws(StepError) {
        state.withLock { $0.log.append("scroll") }
        try await inner.scroll(to: locator, scope: scope, timeout: timeout)
    }

    func open(_ url: String, timeout: Duration) async throws(StepError) { try await inner.open(url, timeout: timeout) }
    func back(timeout: Duration) async throws(StepError) { try await inner.back(timeout: timeout) }
    func click(_ locator: ResolvedLocator, scope: [ResolvedLocator], timeout: Duration) async throws(StepError) {
        try await inner.click(locator, scope: scope, timeout: timeout)
    }
    func fill(_ locator: ResolvedLocator, value: String, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        try await inner.fill(locator, value: value, scope: scope, timeout: timeout)
    }
    func select(_ locator: ResolvedLocator, by: SelectBy, value: String, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        try await inner.select(locator, by: by, value: value, scope: scope, timeout: timeout)
    }
    func setChecked(_ locator: ResolvedLocator, _ checked: Bool, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        try await inner.setChecked(locator, checked, scope: scope, timeout: timeout)
    }
    func press(_ key: String, on locator: ResolvedLocator?, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        try await inner.press(key, on: locator, scope: scope, timeout: timeout)
    }
    func download(_ locator: ResolvedLocator, scope: [ResolvedLocator], timeout: Duration) async throws(StepError)
        -> FileRef
    {
        try await inner.download(locator, scope: scope, timeout: timeout)
    }
    func snapshot() async throws(StepError) -> any PageSnapshot { try await inner.snapshot() }
    func fork() async throws(StepError) -> any PageDriver { try await inner.fork() }
    func close() async { await inner.close() }
}
