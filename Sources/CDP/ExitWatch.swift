import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// How a process ended.
public enum ExitStatus: Sendable, Equatable, CustomStringConvertible {
    /// It called `exit` with this status.
    case exited(Int32)
    /// A signal ended it.
    case signaled(Int32)

    /// Decodes a `waitpid` status (the WIFEXITED/WTERMSIG macros are not visible from Swift).
    init(waitStatus: Int32) {
        let signal = waitStatus & 0x7f
        self = signal == 0 ? .exited((waitStatus >> 8) & 0xff) : .signaled(signal)
    }

    /// `exited with status 0`, `killed by signal 9`.
    public var description: String {
        switch self {
        case .exited(let code): "exited with status \(code)"
        case .signaled(let signal): "killed by signal \(signal)"
        }
    }
}

/// Reaps one child on a dedicated thread blocked in `waitpid` (Dispatch has no process source on Linux) and
/// lets any number of callers wait for it, blocking or async, each with a deadline.
final class ExitWatch: Sendable {
    let pid: pid_t
    private let group = DispatchGroup()
    private let status = Mutex<ExitStatus?>(nil)

    init(pid: pid_t) {
        self.pid = pid
        group.enter()
        let thread = Thread { [self] in
            var raw: Int32 = 0
            var result: pid_t
            repeat { result = waitpid(pid, &raw, 0) } while result < 0 && errno == EINTR
            // ECHILD means someone else reaped it; it is gone either way.
            status.withLock { $0 = result == pid ? ExitStatus(waitStatus: raw) : .exited(-1) }
            group.leave()
        }
        thread.name = "CDP browser exit watch"
        thread.start()
    }

    /// How the process ended, or `nil` while it runs.
    var exitStatus: ExitStatus? { status.withLock { $0 } }

    /// Blocks the calling thread (never a cooperative one) until the process ends or `timeout` passes.
    func waitBlocking(timeout: Duration) -> ExitStatus? {
        _ = group.wait(timeout: .now() + timeout.dispatchInterval)
        return exitStatus
    }

    /// Waits until the process ends or `timeout` passes; `nil` means it still runs.
    func wait(timeout: Duration) async -> ExitStatus? {
        if let done = exitStatus { return done }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let once = OneShot(continuation)
            let timer = DeadlineTimer(after: timeout) { once.resume(returning: ()) }
            group.notify(queue: .global()) {
                timer.cancel()
                once.resume(returning: ())
            }
        }
        return exitStatus
    }

    /// Calls `body` once the process has ended (at once if it already has).
    func onExit(_ body: @escaping @Sendable () -> Void) {
        group.notify(queue: .global(), execute: body)
    }
}
