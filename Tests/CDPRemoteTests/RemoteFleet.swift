import CDP
import Foundation
import WTTestSupport

/// A hosted fleet in miniature: a real Chromium with a DevTools port behind a TLS proxy on 127.0.0.1 whose
/// certificate (for `localhost`) a throwaway CA signed. `url` carries a token in its query, as fleets do.
struct RemoteFleet {
    static let token = "s3cr3t-fleet-token"
    /// Connect deadlines for tests: generous, so that on a loaded machine only a real failure ends a connect.
    static let deadline = Duration.seconds(120)
    static var launch: LaunchOptions {
        var options = LaunchOptions()
        options.launchTimeout = deadline
        return options
    }
    let chromium: RemoteChromium
    let certificates: TestCertificates
    let proxy: TLSProxy
    /// `ws://127.0.0.1:PORT/devtools/browser/…`: the browser itself, without TLS.
    let plainURL: String
    /// The browser's DevTools port and path.
    let browserPort: Int
    let browserPath: String

    /// `wss://localhost:PROXY/devtools/browser/…?token=…`.
    var url: String { "wss://localhost:\(proxy.port)\(browserPath)?token=\(Self.token)" }

    static func start() async throws -> RemoteFleet {
        let chromium = RemoteChromium()
        let plainURL = try chromium.start()
        guard let parts = URLComponents(string: plainURL), let port = parts.port else {
            chromium.stop()
            throw SetupError("unexpected DevTools URL \(plainURL)")
        }
        do {
            let certificates = try TestCertificates.make()
            let proxy = try await TLSProxy(
                certificate: certificates.certificateFile, key: certificates.keyFile, upstreamPort: port)
            return RemoteFleet(
                chromium: chromium, certificates: certificates, proxy: proxy, plainURL: plainURL, browserPort: port,
                browserPath: parts.path)
        } catch {
            chromium.stop()
            throw error
        }
    }

    func stop() async {
        await proxy.stop()
        chromium.stop()
        certificates.remove()
    }
}

/// Runs the built `wtc` with `arguments` and extra environment; returns the status and both streams, and
/// ends a command still running after two minutes.
enum WTC {
    static func run(_ arguments: [String], environment extra: [String: String] = [:]) async throws
        -> (status: Int32, stdout: String, stderr: String)
    {
        let output = try await ProcessRunner.run(
            Paths.wtcBinary, arguments, environment: extra, deadline: .seconds(120))
        return (output.status, output.stdout, output.stderr)
    }
}
