import Foundation
import Synchronization

/// What the server's threads share: the stop signal and the barriers.
///
/// Stopping writes one byte to a pipe that is never drained; every thread waits in `poll` on its socket
/// *and* that pipe, so one write wakes all of them at once, whatever they were waiting for.
final class LoopbackControl: Sendable {
    enum Wait { case ready, timedOut, stopping }

    let barriers = LoopbackBarriers()
    private let wakeRead: Int32
    private let wakeWrite: Int32
    private let stopping = Atomic<Bool>(false)

    init() throws(LoopbackServerError) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw LoopbackServerError("pipe() failed: errno \(errno)") }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        wakeRead = fds[0]
        wakeWrite = fds[1]
    }

    deinit {
        Glibc.close(wakeRead)
        Glibc.close(wakeWrite)
    }

    var isStopping: Bool { stopping.load(ordering: .acquiring) }

    func signalStop() {
        guard !stopping.exchange(true, ordering: .acquiringAndReleasing) else { return }
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
        barriers.cancelAll()
    }

    /// Waits until `fd` has one of `events`, the deadline passes, or the server stops.
    func wait(for fd: Int32, events: Int16, until deadline: ContinuousClock.Instant) -> Wait {
        var fds = [pollfd(fd: fd, events: events, revents: 0), pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
        while true {
            if isStopping { return .stopping }
            let remaining = ContinuousClock.now.duration(to: deadline)
            guard remaining > .zero else { return .timedOut }
            let result = poll(&fds, 2, remaining.pollMilliseconds)
            if result < 0 && errno == EINTR { continue }
            if fds[1].revents != 0 || isStopping { return .stopping }
            if result > 0 && fds[0].revents != 0 { return .ready }
            if result < 0 { return .stopping }
        }
    }

    /// Sleeps for `duration`; `false` if the server began stopping meanwhile.
    func pause(for duration: Duration) -> Bool {
        var fds = [pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
        let deadline = ContinuousClock.now.advanced(by: duration)
        while !isStopping {
            let remaining = ContinuousClock.now.duration(to: deadline)
            guard remaining > .zero else { return true }
            _ = poll(&fds, 1, remaining.pollMilliseconds)
        }
        return false
    }
}

extension Duration {
    /// Whole milliseconds, rounded up so a short positive wait does not become a busy loop.
    var pollMilliseconds: Int32 {
        let (seconds, attoseconds) = components
        guard seconds >= 0 else { return 0 }
        let millis = min(seconds, 1_000_000) * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: millis)
    }
}

/// Named barriers for handlers: `arrive` blocks until enough requests have arrived.
final class LoopbackBarriers: @unchecked Sendable {
    // @unchecked: `arrivals` and `cancelled` are only read or written while `condition` is locked.
    private let condition = NSCondition()
    private var arrivals: [String: Int] = [:]
    private var cancelled = false

    func arrive(_ name: String, parties: Int, timeout: Duration) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        arrivals[name, default: 0] += 1
        condition.broadcast()
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        let deadline = Date(timeIntervalSinceNow: seconds)
        while (arrivals[name] ?? 0) < parties, !cancelled {
            if !condition.wait(until: deadline) { break }
        }
        return (arrivals[name] ?? 0) >= parties
    }

    func cancelAll() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}

/// Why the loopback server could not start.
public struct LoopbackServerError: Error, CustomStringConvertible {
    /// What failed, with the errno.
    public let description: String

    init(_ description: String) { self.description = description }
}
