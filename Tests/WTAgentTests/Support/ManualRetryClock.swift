import Synchronization
import WTAgent

/// A retry clock that never waits: `sleep` records the delay asked for and moves time forward by it.
final class ManualRetryClock: RetryClock {
    private let state = Mutex<(now: Duration, sleeps: [Duration])>((.zero, []))

    /// Every delay the client asked to sleep, in order.
    var sleeps: [Duration] { state.withLock { $0.sleeps } }

    func now() -> Duration { state.withLock { $0.now } }

    func sleep(for duration: Duration) async throws {
        try Task.checkCancellation()
        state.withLock {
            $0.sleeps.append(duration)
            $0.now += duration
        }
    }
}
