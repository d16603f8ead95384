// CDP benchmark: launch, page creation and evaluate round trips over the pipe transport, printed as one
// JSON object (bench/cdp.sh sets it beside Python Playwright driving the same browser binary).
//
//     wtc-bench-cdp [round-trips]        default 1000
import CDP
import Foundation

struct Stats: Encodable {
    var median: Double
    var p90: Double
    var fastest: Double
    var count: Int

    /// Milliseconds, from durations.
    init(_ samples: [Duration]) {
        let sorted = samples.map { Double($0.components.seconds) * 1e3 + Double($0.components.attoseconds) / 1e15 }
            .sorted()
        median = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
        p90 = sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, sorted.count * 9 / 10)]
        fastest = sorted.first ?? 0
        count = sorted.count
    }
}

struct Report: Encodable {
    var client = "swift-cdp-pipe"
    var product = ""
    var launchMs: Stats
    var createTargetAttachMs: Stats
    var newPageMs: Stats
    var evaluateMs: Stats
    var navigateMs: Stats
    var screenshotMs: Stats
    var closeMs: Stats
}

func timed<T>(_ body: () async throws -> T) async rethrows -> (Duration, T) {
    let start = ContinuousClock.now
    let value = try await body()
    return (ContinuousClock.now - start, value)
}

/// Five launches, each to the first answer, and their closes.
func measureLaunches() async throws -> (launch: Stats, close: Stats) {
    var launches: [Duration] = []
    var closes: [Duration] = []
    for _ in 0..<5 {
        let (launched, browser) = try await timed { try await Browser.launch() }
        launches.append(launched)
        closes.append(await timed { await browser.close() }.0)
    }
    return (Stats(launches), Stats(closes))
}

/// Ten bare createTarget + attach, and ten full `newPage()` (which also enables Page and Runtime).
func measurePages(_ browser: Browser, _ context: BrowserContext) async throws -> (attach: Stats, page: Stats) {
    var attaches: [Duration] = []
    var pages: [Duration] = []
    for _ in 0..<10 {
        let (attached, targetID) = try await timed {
            let target = try await browser.session.send(Target.CreateTarget(browserContextId: context.id))
            _ = try await browser.session.send(Target.AttachToTarget(targetId: target.targetId))
            return target.targetId
        }
        attaches.append(attached)
        try await browser.session.send(Target.CloseTarget(targetId: targetID))
        let (opened, page) = try await timed { try await context.newPage() }
        pages.append(opened)
        try await page.close()
    }
    return (Stats(attaches), Stats(pages))
}

/// Sequential `Runtime.evaluate("1")` round trips after a warm-up.
func measureRoundTrips(_ page: PageSession, count: Int) async throws -> Stats {
    let evaluate = Runtime.Evaluate(expression: "1")
    for _ in 0..<50 { try await page.send(evaluate) }
    var samples: [Duration] = []
    for _ in 0..<count { samples.append(try await timed { try await page.send(evaluate) }.0) }
    return Stats(samples)
}

/// Twenty navigations to a small data: URL (to its load event), each followed by a screenshot.
func measureNavigation(_ page: PageSession) async throws -> (navigate: Stats, screenshot: Stats) {
    let html = "data:text/html," + ("<h1>bench</h1>".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
    var navigations: [Duration] = []
    var screenshots: [Duration] = []
    for _ in 0..<20 {
        navigations.append(try await timed { try await page.navigate(to: html) }.0)
        screenshots.append(try await timed { try await page.send(Page.CaptureScreenshot()) }.0)
    }
    return (Stats(navigations), Stats(screenshots))
}

// These functions are nonisolated, so the loops run on the cooperative pool like library code does:
// top-level code is on the main actor, and calling from there would add two executor hops to each call.
func measure(roundTrips: Int) async throws -> Report {
    let (launch, close) = try await measureLaunches()
    let browser = try await Browser.launch()
    let context = try await browser.newContext()
    let (attach, newPage) = try await measurePages(browser, context)
    let page = try await context.newPage()
    let evaluate = try await measureRoundTrips(page, count: roundTrips)
    let (navigate, screenshot) = try await measureNavigation(page)
    await browser.close()
    return Report(
        product: browser.version.product, launchMs: launch, createTargetAttachMs: attach, newPageMs: newPage,
        evaluateMs: evaluate, navigateMs: navigate, screenshotMs: screenshot, closeMs: close)
}

let roundTrips = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 1000
BrowserProcess.terminateAllOnSignal()
let report = try await measure(roundTrips: roundTrips)
let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys]
print(String(decoding: try encoder.encode(report), as: UTF8.self))
