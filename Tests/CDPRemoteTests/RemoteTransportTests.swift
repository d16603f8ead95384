import CDP
import CDPRemote
import Foundation
import Testing
import WTEngine
import WTTestSupport

/// Remote browsers over `wss://`: a real Chromium behind a TLS-terminating proxy on loopback with a
/// throwaway CA, reached through swift-websocket.
@Suite("Remote browsers over wss://", .serialized)
struct RemoteTransportTests {
    static let quotes = Paths.samples.appendingPathComponent("quotes/program.wt").path

    @Test("wtc exec runs a browser-mode program over wss:// trusting the fleet's CA, and the token arrives")
    func programOverTLS() async throws {
        let fleet = try await RemoteFleet.start()
        let site = try SampleSites.server("quotes")
        try site.start()
        let result = try await WTC.run(
            ["exec", Self.quotes, "--quiet", "--browser", fleet.url, "--param", "base_url=\(site.baseURL)"],
            environment: [RemoteTrust.variable: fleet.certificates.caFile])
        site.stop()
        let requests = fleet.proxy.requestLines
        let stillRunning = fleet.chromium.isRunning
        await fleet.stop()
        #expect(result.status == 0, "\(result.stderr)")
        let actual = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? NSObject
        let expected = try JSONSerialization.jsonObject(
            with: Data(contentsOf: Paths.samples.appendingPathComponent("quotes/expected.json")))
        #expect(actual?.isEqual(expected) == true)
        #expect(requests.contains { $0.contains("?token=\(RemoteFleet.token) ") }, "\(requests)")
        #expect(!result.stderr.contains(RemoteFleet.token))
        #expect(stillRunning, "an attached browser is not wtc's to end")
    }

    @Test("large messages cross the TLS connection, and a browser that dies fails pending calls")
    func transportContract() async throws {
        let fleet = try await RemoteFleet.start()
        let transport = try await RemoteWebSocketTransport.connect(
            url: fleet.url, timeout: RemoteFleet.deadline, trust: RemoteTrust(extraCAFile: fleet.certificates.caFile))
        let browser = try await Browser.connect(transport: transport, options: RemoteFleet.launch)
        let page = try await browser.newContext().newPage()
        let big = try await page.send(Runtime.Evaluate(expression: "'é'.repeat(200000)"))
        #expect(big.result.value?.stringValue?.count == 200_000)
        fleet.chromium.stop()
        let error = await #expect(throws: CDPError.self) {
            try await page.send(Runtime.Evaluate(expression: "1"), timeout: .seconds(30))
        }
        #expect(error?.kind == .browserClosed(lastLogLines: []), "\(String(describing: error))")
        await browser.close()
        await fleet.stop()
    }

    @Test("a certificate from an unknown CA is a TLS error that names the host, not a hang")
    func untrusted() async throws {
        let fleet = try await RemoteFleet.start()
        let error = await #expect(throws: CDPError.self) {
            try await RemoteWebSocketTransport.connect(
                url: fleet.url, timeout: RemoteFleet.deadline, trust: RemoteTrust())
        }
        await fleet.stop()
        let message = error?.message ?? ""
        #expect(message.contains("TLS handshake with localhost:"), "\(message)")
        #expect(message.contains("not trusted"), "\(message)")
        #expect(!message.contains(RemoteFleet.token))
    }

    @Test("wss:// to a port that speaks plain WebSocket fails the TLS handshake")
    func plainPort() async throws {
        let fleet = try await RemoteFleet.start()
        let url = "wss://localhost:\(fleet.browserPort)\(fleet.browserPath)?token=\(RemoteFleet.token)"
        let error = await #expect(throws: CDPError.self) {
            try await RemoteWebSocketTransport.connect(url: url, timeout: RemoteFleet.deadline, trust: RemoteTrust())
        }
        await fleet.stop()
        #expect(error?.message.contains("TLS handshake with localhost:") == true, "\(String(describing: error))")
        #expect(error?.message.contains(RemoteFleet.token) == false)
    }

    @Test("a path the browser does not serve is a refused upgrade, not a hang, and the token stays out")
    func refusedUpgrade() async throws {
        let fleet = try await RemoteFleet.start()
        let url = "wss://localhost:\(fleet.proxy.port)/devtools/browser/no-such-id?token=\(RemoteFleet.token)"
        let error = await #expect(throws: CDPError.self) {
            try await RemoteWebSocketTransport.connect(
                url: url, timeout: RemoteFleet.deadline, trust: RemoteTrust(extraCAFile: fleet.certificates.caFile))
        }
        await fleet.stop()
        let message = error?.message ?? ""
        #expect(message.contains("wss://localhost:\(fleet.proxy.port) refused the WebSocket upgrade"), "\(message)")
        #expect(!message.contains(RemoteFleet.token))
    }

    @Test("ws:// works through the same transport, straight to the browser")
    func plainWebSocket() async throws {
        let fleet = try await RemoteFleet.start()
        let transport = try await RemoteWebSocketTransport.connect(url: fleet.plainURL, timeout: RemoteFleet.deadline)
        let browser = try await Browser.connect(transport: transport, options: RemoteFleet.launch)
        #expect(browser.version.product.contains("HeadlessChrome"))
        await browser.close()
        await fleet.stop()
    }
}
