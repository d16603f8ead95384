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

func time<T>(_ body: () async throws -> T) async rethrows -> (Duration, T) {
    let start = ContinuousClock.now
    let value = try await body()
    return (ContinuousClock.now - start, value)
}

let roundTrips = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 1000
BrowserProcess.terminateAllOnSignal()

var launches: [Duration] = []
var closes: [Duration] = []
for _ in 0..<5 {
    let (launched, browser) = try await time { try await Browser.launch() }
    launches.append(launched)
    let (closed, _) = await time { await browser.close() }
    closes.append(closed)
}

let browser = try await Browser.launch()
let context = try await browser.newContext()
var attaches: [Duration] = []
var pages: [Duration] = []
for _ in 0..<10 {
    let (attached, _) = try await time {
        let target = try await browser.session.send(Target.CreateTarget(browserContextId: context.id))
        let session = try await browser.session.send(Target.AttachToTarget(targetId: target.targetId))
        return session.sessionId
    }
    attaches.append(attached)
    let (opened, page) = try await time { try await context.newPage() }
    pages.append(opened)
    try await page.close()
}

let page = try await context.newPage()
let evaluate = Runtime.Evaluate(expression: "1")
for _ in 0..<50 { try await page.send(evaluate) }
var evaluations: [Duration] = []
for _ in 0..<roundTrips {
    let (took, _) = try await time { try await page.send(evaluate) }
    evaluations.append(took)
}

let html = "data:text/html," + ("<h1>bench</h1>".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
var navigations: [Duration] = []
var screenshots: [Duration] = []
for _ in 0..<20 {
    navigations.append(try await time { try await page.navigate(to: html) }.0)
    screenshots.append(try await time { try await page.send(Page.CaptureScreenshot()) }.0)
}
let product = browser.version.product
await browser.close()

let report = Report(
    product: product, launchMs: Stats(launches), createTargetAttachMs: Stats(attaches), newPageMs: Stats(pages),
    evaluateMs: Stats(evaluations), navigateMs: Stats(navigations), screenshotMs: Stats(screenshots),
    closeMs: Stats(closes))
let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys]
print(String(decoding: try encoder.encode(report), as: UTF8.self))
