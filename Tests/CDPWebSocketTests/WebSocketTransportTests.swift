import CDP
import CDPWebSocket
import Foundation
import Testing
import WTTestSupport

/// Attaching to a browser that runs on its own (`--remote-debugging-port`), the way a pool of remote
/// browsers would be used: real Chromium, real WebSocket.
@Suite("WebSocket transport", .serialized)
struct WebSocketTransportTests {
    @Test("a page in an isolated context works over a WebSocket to a running browser")
    func attach() async throws {
        let remote = RemoteChromium()
        defer { remote.stop() }
        let url = try remote.start()
        let browser = try await Browser.connect(transport: try WebSocketTransport(url: url))
        #expect(browser.version.product.contains("HeadlessChrome"))
        let context = try await browser.newContext()
        let page = try await context.newPage()
        let big = try await page.send(Runtime.Evaluate(expression: "'x'.repeat(200000).length"))
        #expect(big.result.value?.intValue == 200_000)
        let text = try await page.send(Runtime.Evaluate(expression: "'é'.repeat(70000)"))
        #expect(text.result.value?.stringValue?.count == 70_000)
        try await context.close()
        await browser.close()
        #expect(remote.isRunning, "closing an attached browser must not kill it")
    }

    @Test("a browser that goes away fails pending calls instead of hanging")
    func browserDies() async throws {
        let remote = RemoteChromium()
        let url = try remote.start()
        let browser = try await Browser.connect(transport: try WebSocketTransport(url: url))
        let context = try await browser.newContext()
        let page = try await context.newPage()
        remote.stop()
        await #expect(throws: CDPError.self) {
            try await page.send(Runtime.Evaluate(expression: "1"), timeout: .seconds(5))
        }
        await browser.close()
    }

    @Test("a URL that is not ws:// and a closed port are clear errors")
    func badURLs() throws {
        #expect(throws: CDPError.self) { try WebSocketTransport(url: "http://127.0.0.1:9/") }
        #expect(throws: CDPError.self) { try WebSocketTransport(url: "wss://127.0.0.1:9/") }
        #expect(throws: CDPError.self) {
            try WebSocketTransport(url: "ws://127.0.0.1:9/devtools", timeout: .seconds(2))
        }
    }
}
