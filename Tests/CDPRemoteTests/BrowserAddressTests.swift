import CDP
import CDPRemote
import Foundation
import Testing
import WTEngine
import WTTestSupport

/// The transport choice and its usage errors; nothing here needs a browser.
@Suite("Browser addresses")
struct BrowserAddressTests {
    @Test(
        "schemes other than ws:// and wss:// are refused with a sentence that says what to give",
        arguments: [
            "http://127.0.0.1:9222/", "https://fleet.example/", "chrome", "", "ftp://x/",
        ])
    func badScheme(url: String) {
        let error = #expect(throws: CDPError.self) { try BrowserAddress.check(url) }
        #expect(error?.message.contains("ws://") == true, "\(String(describing: error))")
    }

    @Test("wss:// with an IP address is refused: TLS needs the host's name")
    func ipWithTLS() {
        let error = #expect(throws: CDPError.self) { try BrowserAddress.check("wss://127.0.0.1:9/x") }
        #expect(error?.message.contains("needs the browser host's name") == true)
        #expect(throws: Never.self) { try BrowserAddress.check("ws://127.0.0.1:9/x") }
    }

    @Test("the query is sent but messages name only scheme, host and port")
    func redaction() throws {
        let endpoint = try RemoteEndpoint("wss://fleet.example/devtools/browser/abc?token=secret")
        #expect(endpoint.redacted == "wss://fleet.example:443")
        #expect(endpoint.url.hasSuffix("?token=secret"))
        #expect(try RemoteEndpoint("ws://h:9222/x").port == 9222)
    }

    @Test("an unreachable wss:// host is a connect error that names it and not the token")
    func unreachable() async throws {
        let port = try LoopbackPorts.closedPort()
        let error = await #expect(throws: CDPError.self) {
            // A generous deadline: on a loaded machine the refusal must be what ends the attempt.
            try await BrowserAddress.transport(
                "wss://localhost:\(port)/devtools/browser/x?token=secret-123", timeout: .seconds(120))
        }
        let message = error?.message ?? ""
        #expect(message.contains("cannot connect to wss://localhost:\(port)"), "\(message)")
        #expect(!message.contains("secret-123"))
    }

    @Test("a CA file that cannot be read is reported before connecting")
    func unreadableCA() async throws {
        let missing = "/nonexistent/wtc-ca-\(UUID().uuidString).pem"
        let error = await #expect(throws: CDPError.self) {
            try await RemoteWebSocketTransport.connect(
                url: "wss://localhost:9/x", trust: RemoteTrust(extraCAFile: missing))
        }
        #expect(error?.message.contains("\(RemoteTrust.variable)=\(missing)") == true)
        #expect(RemoteTrust.fromEnvironment([RemoteTrust.variable: ""]).extraCAFile == nil)
        #expect(RemoteTrust.fromEnvironment([RemoteTrust.variable: "/a.pem"]).extraCAFile == "/a.pem")
    }

    @Test("wtc exec --browser with another scheme exits 64 with the reason")
    func execUsage() async throws {
        let result = try await WTC.run([
            "exec", RemoteTransportTests.quotes, "--browser", "http://127.0.0.1:9/?token=secret-456",
        ])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("ws:// or wss://"), "\(result.stderr)")
        #expect(!result.stderr.contains("secret-456"))
    }

    @Test("wtc serve --browser with another scheme exits 64 before opening a store")
    func serveUsage() async throws {
        let result = try await WTC.run(["serve", "--port", "0", "--browser", "http://127.0.0.1:9/"])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("ws:// or wss://"), "\(result.stderr)")
    }
}

/// Every wait of the connect has an end: its deadline, or the caller's cancellation.
@Suite("Remote connect deadlines")
struct RemoteDeadlineTests {
    @Test("a server that accepts and never answers ends in the connect deadline with the host named")
    func silentServer() async throws {
        let server = try await SilentServer.start()
        let port = server.port
        let error = await #expect(throws: CDPError.self) {
            try await RemoteWebSocketTransport.connect(
                url: "wss://localhost:\(port)/x?token=secret-789", timeout: .milliseconds(500))
        }
        await server.stop()
        let message = error?.message ?? ""
        #expect(message.contains("no WebSocket connection to wss://localhost:\(port)"), "\(message)")
        #expect(!message.contains("secret-789"))
    }

    @Test("cancelling a connect ends it with a cancellation error")
    func cancelled() async throws {
        let server = try await SilentServer.start()
        let attempt = Task {
            try await RemoteWebSocketTransport.connect(url: "ws://127.0.0.1:\(server.port)/x", timeout: .seconds(600))
        }
        attempt.cancel()
        let result = await attempt.result
        await server.stop()
        guard case .failure(let failure) = result, let error = failure as? CDPError else {
            Issue.record("a cancelled connect did not fail with a CDPError: \(result)")
            return
        }
        #expect(error.kind == .cancelled(method: "connecting to the remote browser"), "\(error)")
    }
}
