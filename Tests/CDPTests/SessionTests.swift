import Foundation
import Synchronization
import Testing

@testable import CDP

extension ChromiumTests {
    /// Flattened sessions for out-of-process iframes, and browser-level events.
    @Suite("Sessions and browser events")
    struct SessionTests {
        let marker = Marker()

        @Test("auto-attach announces a cross-site iframe whose own flattened session evaluates in it")
        func crossSiteIframe() async throws {
            defer { marker.cleanUp() }
            let box = PortBox()
            let server = try TinyHTTPServer { path in
                path == "/frame"
                    ? ("text/html", "<p id=inner>inside</p>")
                    : (
                        "text/html",
                        "<iframe src='http://localhost:\(box.port.load(ordering: .relaxed))/frame'></iframe>"
                    )
            }
            box.port.store(server.port, ordering: .relaxed)
            defer { server.stop() }
            var options = Chromium.options(marker: marker)
            // The headless shell keeps cross-site frames in process unless told to isolate every site.
            options.extraArguments = ["--site-per-process"]
            try await withBrowser(options) { browser in
                let page = try await browser.newContext().newPage()
                try await page.send(
                    Target.SetAutoAttach(autoAttach: true, waitForDebuggerOnStart: false, flatten: true))
                let (attached, _) = try await page.session.expect(
                    Target.AttachedToTarget.self, timeout: .seconds(10), where: { $0.targetInfo.type == "iframe" }
                ) {
                    try await page.navigate(to: server.url, timeout: .seconds(10))
                }
                // Announced before its navigation commits, so its URL may still be empty; `navigate` above
                // waited for the main frame's load event, which comes after the iframe's.
                #expect(attached.targetInfo.type == "iframe")
                let frame = CDPSession(connection: browser.connection, sessionID: attached.sessionId)
                let inner = try await frame.send(
                    Runtime.Evaluate(expression: "document.getElementById('inner').textContent"), timeout: .seconds(10))
                #expect(inner.result.value == "inside")
                let outer = try await page.evaluate("document.getElementById('inner') === null")
                #expect(outer == true)
            }
        }

        @Test("a download raises browser events and lands in the chosen folder")
        func download() async throws {
            defer { marker.cleanUp() }
            let server = try TinyHTTPServer { path in
                path == "/report.csv"
                    ? ("text/csv", "a,b\n1,2\n")
                    : ("text/html", "<a id=d href='/report.csv' download='report.csv'>get</a>")
            }
            defer { server.stop() }
            let folder = marker.folder.appendingPathComponent("downloads")
            try await withBrowser(Chromium.options(marker: marker)) { browser in
                let context = try await browser.newContext()
                try await context.allowDownloads(to: folder.path)
                let page = try await context.newPage()
                try await page.navigate(to: server.url, timeout: .seconds(10))
                let began = browser.session.waiter(for: Browser.DownloadWillBegin.self)
                let finished = browser.session.waiter(for: Browser.DownloadProgress.self) { $0.state == "completed" }
                _ = try await page.evaluate("document.getElementById('d').click()")
                let start = try await began.wait(timeout: .seconds(10))
                #expect(start.suggestedFilename == "report.csv")
                let done = try await finished.wait(timeout: .seconds(10))
                #expect(done.guid == start.guid)
                let saved = try String(contentsOf: folder.appendingPathComponent(start.guid), encoding: .utf8)
                #expect(saved == "a,b\n1,2\n")
            }
        }
    }
}

/// The server's port, known only after the server that needs it in its pages has started.
final class PortBox: Sendable {
    let port = Atomic<UInt16>(0)
}
