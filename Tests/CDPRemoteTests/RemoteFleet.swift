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

/// Runs the built `wtc` with `arguments` and extra environment; returns the status and both streams. The
/// wait happens on a thread of its own so the test's cooperative threads stay free.
enum WTC {
    static func run(_ arguments: [String], environment extra: [String: String] = [:]) async throws
        -> (status: Int32, stdout: String, stderr: String)
    {
        let process = Process()
        process.executableURL = Paths.wtcBinary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { _, new in new }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // A deadline, not a pause: a command that should have exited long ago is ended so the test fails
        // on its status instead of hanging.
        DispatchQueue.global().asyncAfter(deadline: .now() + 120) { if process.isRunning { process.terminate() } }
        return await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                let group = DispatchGroup()
                nonisolated(unsafe) var outData = Data()
                nonisolated(unsafe) var errData = Data()
                DispatchQueue.global().async(group: group) { outData = out.fileHandleForReading.readDataToEndOfFile() }
                DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
                process.waitUntilExit()
                group.wait()
                continuation.resume(
                    returning: (
                        process.terminationStatus, String(decoding: outData, as: UTF8.self),
                        String(decoding: errData, as: UTF8.self)
                    ))
            }
        }
    }
}
