import Foundation
import Testing
import WTHTTP
import WTTestSupport

/// TLS against `openssl s_server` with a throwaway self-signed certificate (skipped without openssl).
@Suite("TLS", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl")))
struct TLSTests {
    @Test("a self-signed certificate is refused by default and accepted with verification off")
    func selfSignedCertificate() async throws {
        let insecure = HTTPClient(configuration: HTTPClientConfiguration(verifyTLS: false))
        let server = try #require(await SelfSignedTLSServer.started(using: insecure))
        defer { server.stop() }
        let error = await expectFailure(HTTPClient(), .get(server.url))
        guard case .tls(let reason)? = error?.kind else {
            Issue.record("expected a TLS error, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("self-signed"))
        #expect(error?.message.contains("verifyTLS") == true)
        let response = try await insecure.send(.get(server.url))
        #expect(response.status == 200)
        #expect(response.finalURL.hasPrefix("https://"))
    }
}

/// `openssl s_server -www` on a free loopback port, with a fresh EC key and certificate.
final class SelfSignedTLSServer: Sendable {
    let url: String
    private let process: Process
    private let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let key = folder.appendingPathComponent("key.pem").path
        let cert = folder.appendingPathComponent("cert.pem").path
        try Self.run([
            "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key,
            "-out", cert, "-days", "1", "-subj", "/CN=localhost",
        ])
        let port = try LoopbackPorts.freePort()
        url = "https://127.0.0.1:\(port)/"
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        process.arguments = ["s_server", "-accept", "127.0.0.1:\(port)", "-cert", cert, "-key", key, "-www", "-quiet"]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// A server that answers `client`, or nil. The free port may be taken by a parallel test before
    /// s_server binds it, and s_server then exits at once: the next of a few ports is tried.
    static func started(using client: HTTPClient) async throws -> SelfSignedTLSServer? {
        for _ in 0..<5 {
            let server = try SelfSignedTLSServer()
            if await server.waitUntilReady(using: client) { return server }
            server.stop()
        }
        return nil
    }

    /// Polls until the server answers (it takes a moment to bind); `false` after 60 s or once s_server
    /// has exited (it could not bind its port).
    func waitUntilReady(using client: HTTPClient) async -> Bool {
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline, process.isRunning {
            if (try? await client.send(.get(url))) != nil { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return false
    }

    func stop() {
        // SIGKILL, not terminate(): a child spawned from a Swift test thread inherits its blocked-signal mask,
        // SIGTERM included, so s_server would never see a SIGTERM and waitUntilExit would wait forever.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }

    private static func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
    }
}
