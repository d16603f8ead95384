import Synchronization

/// A clock for tests: `sleep` moves time forward to the deadline at once, so waits with deadlines run
/// instantly and deterministically, and no test depends on the wall clock.
final class ManualClock: Clock, Sendable {
    struct Instant: InstantProtocol {
        var offset: Duration

        func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        func duration(to other: Instant) -> Duration { other.offset - offset }
        static func < (a: Instant, b: Instant) -> Bool { a.offset < b.offset }
    }

    private let current = Mutex(Duration.zero)
    private let sleepCount = Mutex(0)

    var now: Instant { Instant(offset: current.withLock { $0 }) }
    var minimumResolution: Duration { .zero }
    /// How many times something slept (each poll of a wait sleeps once).
    var sleeps: Int { sleepCount.withLock { $0 } }

    func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        try Task.checkCancellation()
        sleepCount.withLock { $0 += 1 }
        current.withLock { $0 = max($0, deadline.offset) }
        await Task.yield()
    }
}
