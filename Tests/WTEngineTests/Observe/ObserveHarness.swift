import CDP
import Foundation
import Testing
import WTRuntime

@testable import WTEngine

/// A real Chromium page behind the engine's browser driver, for the tests of the agent's view.
enum ObserveHarness {
    /// The format every addressable line of a view follows (the fake model's scripts find refs by it).
    nonisolated(unsafe) static let lineFormat = #/^\s*\[([a-z]+[0-9]+)\] ([a-z]+)(?: "((?:[^"\\]|\\.)*)")?/#

    static var browserInstalled: Bool {
        FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)
    }

    /// Opens `url` in a fresh browser and runs `body` with the driver that shows it.
    static func withPage<T: Sendable>(
        _ url: String, browser: LaunchOptions = LaunchOptions(), _ body: (BrowserDriver) async throws -> T
    ) async throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-observe-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let options = Engine.Options(browser: browser, runDirectory: directory)
        return try await Engine.withDriver(mode: .browser, options: options) { driver in
            let evidence = try #require(driver as? EvidenceDriver)
            let inner = await evidence.inner
            let page = try #require(inner as? BrowserDriver)
            await page.watchActivity()
            try await page.open(url, timeout: .seconds(20))
            try await settle(page)
            return try await body(page)
        }
    }

    /// Waits until the page's scripts are done (no request loading, nothing changed for a moment), so what
    /// a test observes is the page it then checks; a page that never settles fails after 15 s.
    static func settle(_ page: BrowserDriver) async throws {
        let deadline = ContinuousClock.now.advanced(by: .seconds(15))
        // Requests of out-of-process frames end in sessions the activity watch does not follow: a document
        // that has not changed for a second is settled too.
        while await !page.isQuiet(for: .milliseconds(300)),
            (try await page.evaluate(PageActivity.changeAge(reset: false)).doubleValue ?? 0) < 1000
        {
            guard ContinuousClock.now < deadline else { throw HarnessError("the page never settled") }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Every ref of a view's addressable lines, in order.
    static func refs(_ view: String) -> [String] {
        view.split(separator: "\n").compactMap { line in (try? lineFormat.prefixMatch(in: line)).map { String($0.1) } }
    }

    /// The lines that carry a ref (`[e…]` anywhere before the role) but do not follow the format.
    static func malformed(_ view: String) -> [String] {
        view.split(separator: "\n").map(String.init).filter { line in
            line.trimmingCharacters(in: .whitespaces).hasPrefix("[") && (try? lineFormat.prefixMatch(in: line)) == nil
        }
    }

    /// The ref of the first line with `role` and `name` (exactly), as a model would pick it.
    static func ref(_ view: String, _ role: String, _ name: String) -> String? {
        for line in view.split(separator: "\n") {
            guard let match = try? lineFormat.prefixMatch(in: line), match.2 == role,
                let quoted = match.3, unescape(String(quoted)) == name
            else { continue }
            return String(match.1)
        }
        return nil
    }

    static func unescape(_ name: String) -> String {
        name.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
    }

    /// For every ref of `view`: `locate` gives a locator that the live page script resolves to exactly
    /// that element, and that the snapshot resolves to exactly one node of the same tag whose text holds
    /// the element's. Returns one sentence per ref that fails.
    static func checkEveryRef(_ page: BrowserDriver, _ view: String) async throws -> [String] {
        var failures: [String] = []
        for ref in refs(view) {
            do {
                if let failure = try await check(page, ref) { failures.append(failure) }
            } catch {
                failures.append("\(ref): \(error)")
            }
        }
        return failures
    }

    /// Why `ref` is not found as it should be, or nil. The snapshot is compared with the element's text
    /// read just after it; a page still adding content (scrolling an element into view can load more) gets
    /// up to three tries.
    static func check(_ page: BrowserDriver, _ ref: String) async throws -> String? {
        let (locator, scope) = try await page.locate(ref: ref)
        let target = try await page.located(locator, scope: scope, timeout: .seconds(5))
        let top = await page.top
        let context = target.context ?? top
        let read = "[window.__wtcLast.__wtcRef, window.__wtcLast.textContent || '', window.__wtcLast.innerText || '']"
        var failure: String?
        for _ in 0..<3 {
            let snapshot = try #require(try await page.snapshot() as? LibXMLSnapshot)
            let live = try await page.evaluate(read, in: context)
            if live[0]?.stringValue != ObservationLog.split(ref)?.local {
                return "\(ref): \(locator) found \(live[0]?.stringValue ?? "?") live"
            }
            let nodes = try snapshot.matches(locator, scope: scope).nodes
            let text = (nodes.first?.text ?? "").filter { !$0.isWhitespace }
            // The snapshot's text leaves hidden text out, as innerText does; textContent keeps it.
            let liveTexts = [live[1], live[2]].map { ($0?.stringValue ?? "").filter { !$0.isWhitespace } }
            if nodes.count == 1, nodes.first?.tagName == target.tag,
                liveTexts.contains(where: { $0.isEmpty || text.contains($0) })
            {
                return nil
            }
            failure =
                "\(ref): \(locator) within \(scope) found \(nodes.count) in the snapshot "
                + "(\(nodes.first?.tagName ?? "-") for \(target.tag)): \(text.prefix(200)) / \(liveTexts[1].prefix(200))"
        }
        return failure
    }
}
