import CDP
import Foundation
import Synchronization
import Testing
import WTDiagnostics
import WTEngine
import WTRuntime
import WTSema
import WTTestSupport

/// In Chromium, the settle after each scroll of `scroll until` ends when the page has gone quiet, not at
/// its bound: set to a minute here, so a settle that ran to it would sleep hundreds of times. Requests
/// slower than the quiet window (`ScrollSite.delay`) must still be waited for.
@Suite(
    "Scroll settles on a quiet page", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct ScrollQuietTests {
    static let settle: Duration = .seconds(60)
    /// Sleeps of one settle that runs to its bound, one a poll interval.
    static let boundSleeps = 600

    @Test("scroll until no new gets every slow page and stops once a scroll loads nothing", arguments: [false, true])
    func noNew(recording: Bool) async throws {
        let (result, server, clock) = try await runSlowList(
            #"scroll until no new "li.item" max 10"#, recording: recording)
        #expect(result[output: "items"] == .list(ScrollSite.allItems.map(Value.string)))
        #expect(server.requests.filter { $0.path == "/scroll/items" }.count == ScrollSite.pages - 1)
        #expect(clock.sleeps < Self.boundSleeps, "a settle ran to its bound")
    }

    @Test("scroll until a condition that never holds ends each settle once the page is quiet")
    func conditionNeverHolds() async throws {
        let (result, _, clock) = try await runSlowList(#"scroll until exists ".never" max 5"#, recording: false)
        #expect(result[output: "items"] == .list(ScrollSite.allItems.map(Value.string)))
        #expect(clock.sleeps < Self.boundSleeps, "a settle ran to its bound")
    }

    /// Opens the slow list, runs `scroll`, reads every item; returns the result, the (stopped) server and
    /// the clock the run slept on.
    private func runSlowList(_ scroll: String, recording: Bool) async throws -> (
        RunResult, LoopbackServer, CountingClock
    ) {
        let server = try LoopbackServer(routes: ScrollSite.routes)
        try server.start()
        defer { server.stop() }
        let clock = CountingClock()
        let result = try await run(
            """
            program "slow-list"
            mode browser

            param list_url: url

            output items: [string]

            open "{list_url}"
            \(scroll)
            extract items = texts "li.item"
            """, url: server.url("/scroll"), clock: clock, recording: recording)
        return (result, server, clock)
    }

    private func run(_ source: String, url: String, clock: CountingClock, recording: Bool) async throws -> RunResult {
        let file = SourceFile(path: "program.wt", text: source)
        var diagnostics = DiagnosticEngine()
        let checked = try #require(FrontEnd.check(file, diagnostics: &diagnostics).checked)
        let values = try Parameters.parse(["list_url=\(url)"], for: checked)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-quiet-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var engine = Engine.Options(mode: .browser, runDirectory: directory)
        if recording { engine.recorder = TraceRecorder(sourceName: "program.wt", parameters: values) }
        var options = RunOptions(parameters: values, clock: clock)
        options.scrollSettleTimeout = Self.settle
        return try await Engine.withDriver(mode: .browser, options: engine) { driver in
            try await Interpreter.run(checked, file: file, driver: driver, options: options)
        }
    }
}

/// The continuous clock, counting how many times a run slept on it (each poll of a wait sleeps once).
final class CountingClock: Clock, Sendable {
    private let base = ContinuousClock()
    private let count = Mutex(0)

    var now: ContinuousClock.Instant { base.now }
    var minimumResolution: Duration { base.minimumResolution }
    var sleeps: Int { count.withLock { $0 } }

    func sleep(until deadline: ContinuousClock.Instant, tolerance: Duration?) async throws {
        count.withLock { $0 += 1 }
        try await base.sleep(until: deadline, tolerance: tolerance)
    }
}
