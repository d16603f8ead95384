import Foundation

/// A Chromium started on its own with `--remote-debugging-port=0`, as a remote browser pool would run it,
/// for tests of attaching over a WebSocket. `stop()` kills it with SIGKILL (a child of a test thread may
/// have SIGTERM blocked) and deletes its profile.
public final class RemoteChromium: @unchecked Sendable {
    // @unchecked: started and stopped by one test; `Process` is not Sendable.
    public let process = Process()
    let profile = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-remote-\(UUID().uuidString)")

    public init() {}

    /// Starts the browser and returns its `ws://…/devtools/browser/…` URL (from `DevToolsActivePort`).
    public func start() throws -> String {
        let executable =
            ProcessInfo.processInfo.environment["WTC_CHROMIUM"] ?? "/usr/lib/chromium/chromium-headless-shell"
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-port=0", "--remote-allow-origins=*",
            "--user-data-dir=\(profile.path)", "--no-first-run", "about:blank",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let portFile = profile.appendingPathComponent("DevToolsActivePort")
        for _ in 0..<200 {
            if let text = try? String(contentsOf: portFile, encoding: .utf8) {
                let lines = text.split(separator: "\n")
                if lines.count >= 2 { return "ws://127.0.0.1:\(lines[0])\(lines[1])" }
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        stop()
        throw LoopbackServerError("the remote Chromium never wrote DevToolsActivePort")
    }

    public var isRunning: Bool { process.isRunning }

    public func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: profile)
    }
}
