import Foundation
import Testing
import WTRuntime

@testable import WTEngine
@testable import WTTestSupport

/// The numbers of `bench/observe.sh`: tokens of our view of each sample site's and each realistic site's
/// first page, next to the same page's HTML and Playwright's ARIA snapshot, taken in the same run by
/// `bench/observe/aria.py` (the Python named by `WTC_OBSERVE_BENCH`). Runs only when that is set.
@Suite(
    "Observation size bench", .serialized,
    .enabled(if: ProcessInfo.processInfo.environment["WTC_OBSERVE_BENCH"] != nil && ObserveHarness.browserInstalled))
struct ObserveBenchTests {
    struct Row {
        var name: String
        var url: String
        var ours: Int
        var aria = 0
        var html = 0
    }

    @Test("tokens per observation against the HTML and the ARIA snapshot, printed with medians")
    func measure() async throws {
        var servers: [LoopbackServer] = []
        defer { for server in servers { server.stop() } }
        var pages: [(String, String)] = []
        for (name, path) in ObserveLocateTests.samplePages {
            let server = try SampleSites.server(name)
            try server.start()
            servers.append(server)
            pages.append((name, server.baseURL + path))
        }
        for site in RealisticSites.all {
            guard let route = site.routes.first(where: { $0.method == "GET" && !$0.path.hasSuffix("*") }) else {
                continue
            }
            let server = try site.server(state: SiteState())
            try server.start()
            servers.append(server)
            pages.append((site.name, server.url(route.path)))
        }
        // The bench pages bench/observe.sh serves itself: `NAME URL` pairs separated by `;`.
        for pair in (ProcessInfo.processInfo.environment["WTC_OBSERVE_BENCH_PAGES"] ?? "").split(separator: ";") {
            let parts = pair.split(separator: " ")
            if parts.count == 2 { pages.append((String(parts[0]), String(parts[1]))) }
        }
        var rows: [Row] = []
        for (name, url) in pages {
            let view = try await ObserveHarness.withPage(url) { page in
                try await page.observe(since: nil, maxTokens: 1_000_000, masked: [])
            }
            if let folder = ProcessInfo.processInfo.environment["WTC_OBSERVE_BENCH_VIEWS"] {
                try view.text.write(toFile: "\(folder)/\(name).view.txt", atomically: true, encoding: .utf8)
            }
            rows.append(Row(name: name, url: url, ours: view.estimatedTokens))
        }
        let peer = try Self.aria(rows.map(\.url), names: rows.map(\.name))
        for index in rows.indices {
            let answer = try #require(peer[rows[index].url], "no ARIA snapshot for \(rows[index].url)")
            rows[index].aria = answer.aria
            rows[index].html = answer.html
        }
        let report = Self.table(rows)
        print(report)
        if let file = ProcessInfo.processInfo.environment["WTC_OBSERVE_BENCH_OUT"] {
            try report.write(toFile: file, atomically: true, encoding: .utf8)
        }
        #expect(rows.allSatisfy { $0.aria > 0 && $0.html > 0 })
    }

    /// The ARIA snapshot and HTML tokens of each URL, from Playwright.
    static func aria(_ urls: [String], names: [String]) throws -> [String: (aria: Int, html: Int)] {
        let python = ProcessInfo.processInfo.environment["WTC_OBSERVE_BENCH"] ?? "python3"
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../../bench/observe/aria.py"
        ).standardized.path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let lines = zip(urls, names).map { "\($0) \($1)" }
        input.fileHandleForWriting.write(Data(lines.joined(separator: "\n").utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var answers: [String: (aria: Int, html: Int)] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let url = object["url"] as? String, let aria = object["aria_tokens"] as? Int,
                let html = object["html_tokens"] as? Int
            else { continue }
            answers[url] = (aria, html)
        }
        return answers
    }

    static func table(_ rows: [Row]) -> String {
        func median(_ values: [Double]) -> Double {
            let sorted = values.sorted()
            guard !sorted.isEmpty else { return 0 }
            let mid = sorted.count / 2
            return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
        }
        func pad(_ text: String, _ width: Int) -> String {
            text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
        }
        var lines = [pad("page", 28) + pad("ours", 8) + pad("aria", 8) + pad("html", 8) + "ours/aria"]
        for row in rows {
            let ratio = String(format: "%.2f", Double(row.ours) / Double(max(row.aria, 1)))
            lines.append(
                pad(row.name, 28) + pad("\(row.ours)", 8) + pad("\(row.aria)", 8) + pad("\(row.html)", 8) + ratio)
        }
        let ratios = rows.map { Double($0.ours) / Double(max($0.aria, 1)) }
        lines.append(
            pad("median (\(rows.count) pages)", 28)
                + pad(String(format: "%.0f", median(rows.map { Double($0.ours) })), 8)
                + pad(String(format: "%.0f", median(rows.map { Double($0.aria) })), 8)
                + pad(String(format: "%.0f", median(rows.map { Double($0.html) })), 8)
                + String(format: "%.2f", median(ratios)))
        return lines.joined(separator: "\n")
    }
}
