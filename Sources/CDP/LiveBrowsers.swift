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

    /// SIGKILLs every live group (that `include` accepts), waits up to two seconds in all for the leaders
    /// to be reaped, and deletes the profiles. Blocking: call it from a signal handler's queue or at exit,
    /// not from async code.
    static func killAll(where include: (pid_t) -> Bool = { _ in true }) {
        let all = entries.withLock { entries in
            let chosen = entries.filter { include($0.key) }
            for pid in chosen.keys { entries.removeValue(forKey: pid) }
            return chosen
        }
        for (pid, _) in all { kill(-pid, SIGKILL) }
        let deadline = ContinuousClock.now + .seconds(2)
        for (_, entry) in all {
            _ = entry.watch.waitBlocking(timeout: max(.zero, deadline - ContinuousClock.now))
            try? FileManager.default.removeItem(at: entry.directory)
        }
    }

    /// Set by the signal hook, which exits the process as soon as the browsers are gone.
    private static let terminating = Atomic<Bool>(false)

    /// Called on a transport's reader thread before it reports a closed browser. While the signal hook is
    /// at work the deaths are its own doing: the thread waits for the exit instead of failing calls, so
    /// that nothing in the program reacts (and, say, exits with a different status or skips the clean-up)
    /// before the hook has deleted the profiles and exited with 128 + signal.
    static func holdIfTerminating() {
        while terminating.load(ordering: .acquiring) { sleep(1) }
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
                    terminating.store(true, ordering: .releasing)
                    killAll()
                    exit(128 + number)
                }
                source.resume()
                sources.append(source)
            }
        }
    }
}
