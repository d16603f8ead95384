import Synchronization

/// Runs `body` after `delay` on the deadline thread unless cancelled first; the timer behind every
/// deadline. `body` must be quick (it resumes a continuation or finishes a stream).
final class DeadlineTimer: Sendable {
    /// In a struct: a closure stored directly in a generic `Mutex` is re-wrapped in reabstraction thunks
    /// on every `withLock`, and the chain grows with each access.
    private struct Body {
        var run: (@Sendable () -> Void)?
    }

    /// Dropped on cancel, so a cancelled timer keeps nothing of the caller alive until it would have fired.
    private let body: Mutex<Body>

    init(after delay: Duration, _ body: @escaping @Sendable () -> Void) {
        self.body = Mutex(Body(run: body))
        DeadlineScheduler.shared.schedule(self, at: .now + delay)
    }

    var isCancelled: Bool { body.withLock { $0.run == nil } }

    func cancel() {
        if body.withLock({ $0.run.take() }) != nil { DeadlineScheduler.shared.noteCancelled() }
    }

    func fire() { body.withLock { $0.run.take() }?() }
}
