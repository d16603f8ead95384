import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Every browser process group this process started and has not yet seen exit, so that a signal handler
/// can take them all down. A global because a signal concerns the whole process.
enum LiveBrowsers {
    struct Entry: Sendable {
        var watch: ExitWatch
        var directory: URL
    }

    private static let entries = Mutex<[pid_t: Entry]>([:])
    /// Kept alive for as long as the process runs; installed at most once.
    private static let signalSources = Mutex<[any DispatchSourceSignal]>([])

    static func add(_ pid: pid_t, _ entry: Entry) { entries.withLock { $0[pid] = entry } }

    static func remove(_ pid: pid_t) { _ = entries.withLock { $0.removeValue(forKey: pid) } }

    static var count: Int { entries.withLock { $0.count } }

    /// SIGKILLs every live group, waits briefly for each leader to be reaped, and deletes the profiles.
    /// Blocking: call it from a signal handler's queue or at exit, not from async code.
    static func killAll() {
        let all = entries.withLock { entries in
            defer { entries.removeAll() }
            return entries
        }
        for (pid, _) in all { kill(-pid, SIGKILL) }
        for (_, entry) in all {
            _ = entry.watch.waitBlocking(timeout: .seconds(2))
            try? FileManager.default.removeItem(at: entry.directory)
        }
    }

    /// Installs SIGINT and SIGTERM handlers that kill every live browser group and exit with 128 + signal.
    static func installSignalHandlers() {
        signalSources.withLock { sources in
            guard sources.isEmpty else { return }
            for number in [SIGINT, SIGTERM] {
                // The default action would end the process before the handler runs.
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler {
                    killAll()
                    exit(128 + number)
                }
                source.resume()
                sources.append(source)
            }
        }
    }
}
