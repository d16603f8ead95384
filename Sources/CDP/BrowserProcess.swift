import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A running Chromium: its process group, its temporary profile and its log.
///
/// Every way out ends the whole group: `terminate` (polite, then SIGTERM, then SIGKILL, each with a
/// deadline), `terminateAll()` from a signal handler, `deinit` as a last resort, and the browser's own exit
/// when its DevTools pipe reaches end-of-file because this process died.
public final class BrowserProcess: Sendable {
    /// The browser's pid, which is also its process group id.
    public let pid: pid_t
    /// The temporary folder holding the profile and the log; deleted once the browser has exited.
    public let directory: URL
    /// The fresh `--user-data-dir` inside `directory`.
    public let userDataDirectory: URL
    let watch: ExitWatch
    private let logPath: String
    /// The log's last lines, kept when the folder is deleted.
    private let keptLogLines = Mutex<[String]?>(nil)

    private init(pid: pid_t, directory: URL) {
        self.pid = pid
        self.directory = directory
        userDataDirectory = directory.appendingPathComponent("profile")
        logPath = directory.appendingPathComponent("browser.log").path
        watch = ExitWatch(pid: pid)
    }

    /// Starts the browser and returns it with the transport to talk to it.
    static func start(_ options: LaunchOptions) throws(CDPError) -> (BrowserProcess, PipeTransport) {
        let executable = options.resolvedExecutable
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw CDPError(.executableNotFound(path: executable))
        }
        let base = options.temporaryDirectory ?? ProfileLocation.base
        let directory = base.appendingPathComponent("wtc-chromium-\(UUID().uuidString)")
        let profile = directory.appendingPathComponent("profile")
        do {
            try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        } catch {
            throw CDPError(.launchFailed("cannot create \(profile.path): \(error.localizedDescription)"))
        }
        let child: ProcessSpawner.Child
        do {
            child = try ProcessSpawner.spawn(
                executable: executable, arguments: options.arguments(userDataDirectory: profile.path),
                logPath: directory.appendingPathComponent("browser.log").path)
        } catch {
            try? FileManager.default.removeItem(at: directory)
            throw error
        }
        let process = BrowserProcess(pid: child.pid, directory: directory)
        LiveBrowsers.add(child.pid, LiveBrowsers.Entry(watch: process.watch, directory: directory))
        return (process, PipeTransport(socket: child.socket))
    }

    /// How the browser ended, or `nil` while it runs.
    public var exitStatus: ExitStatus? { watch.exitStatus }

    /// The last lines the browser wrote to stdout and stderr, oldest first.
    public func lastLogLines(_ count: Int = 20) -> [String] {
        if let kept = keptLogLines.withLock({ $0 }) { return Array(kept.suffix(count)) }
        return Self.tail(of: logPath, lines: count)
    }

    /// Ends the browser: waits `grace` for it to exit by itself when it was `askedToClose` (`Browser.close`),
    /// then SIGTERMs the group and waits `grace` again, then SIGKILLs it; `forcibly`, it SIGKILLs the group
    /// at once. Afterwards deletes the folder.
    func terminate(grace: Duration, askedToClose: Bool, forcibly: Bool = false) async {
        let exited = askedToClose ? await watch.wait(timeout: grace) : watch.exitStatus
        if exited == nil, !forcibly {
            kill(-pid, SIGTERM)
            if await watch.wait(timeout: grace) == nil {
                kill(-pid, SIGKILL)
                _ = await watch.wait(timeout: .seconds(10))
            }
        }
        await cleanUp()
    }

    /// Kills helpers that outlived the leader, keeps the log's tail and deletes the folder.
    private func cleanUp() async {
        // The group outlives its leader while a helper lives; nothing of it may stay behind, and `close()`
        // returns only once nothing of it runs.
        await ProcessGroup.kill(pid, within: .seconds(2))
        let lines = Self.tail(of: logPath, lines: 50)
        keptLogLines.withLock { $0 = lines }
        DirectoryRemoval.remove(directory)
        LiveBrowsers.remove(pid)
    }

    deinit {
        // Only reached when nobody called `terminate`: the browser must not outlive its owner.
        if watch.exitStatus == nil { kill(-pid, SIGKILL) }
        if keptLogLines.withLock({ $0 }) == nil {
            try? FileManager.default.removeItem(at: directory)
            LiveBrowsers.remove(pid)
        }
    }

    /// Installs SIGINT and SIGTERM handlers that kill every browser this process started, delete their
    /// profiles and exit with status 128 + the signal. For command-line tools; call it once at startup.
    public static func terminateAllOnSignal() {
        LiveBrowsers.installSignalHandlers()
    }

    /// Kills every browser this process started and deletes their profiles, blocking for up to about two
    /// seconds per browser. For exit paths that cannot await `close()`.
    public static func terminateAll() {
        LiveBrowsers.killAll()
    }

    /// The last `lines` non-empty lines of the file, each cut to 500 characters.
    static func tail(of path: String, lines: Int) -> [String] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        let window: UInt64 = 32 * 1024
        try? handle.seek(toOffset: size > window ? size - window : 0)
        let data = (try? handle.readToEnd()) ?? Data()
        let text = String(decoding: data, as: UTF8.self)
        let all = text.split(whereSeparator: \.isNewline).map { String($0.prefix(500)) }
        return Array(all.filter { !$0.allSatisfy(\.isWhitespace) }.suffix(lines))
    }
}
