import Dispatch
import Synchronization

/// Resumes a continuation at most once, from whichever of several racing sources (an answer, a timer,
/// a cancellation, the browser closing) gets there first.
final class OneShot<Value: Sendable>: Sendable {
    private let continuation: Mutex<CheckedContinuation<Value, Never>?>

    init(_ continuation: CheckedContinuation<Value, Never>) {
        self.continuation = Mutex(continuation)
    }

    /// Resumes with `value` if nothing resumed yet; returns whether this call did it.
    @discardableResult
    func resume(returning value: Value) -> Bool {
        guard let continuation = continuation.withLock({ $0.take() }) else { return false }
        continuation.resume(returning: value)
        return true
    }
}

extension Duration {
    /// The duration for Dispatch timers, clamped to zero and to about 68 years.
    var dispatchInterval: DispatchTimeInterval {
        let (seconds, attoseconds) = components
        guard seconds >= 0 else { return .nanoseconds(0) }
        let nanos = min(seconds, Int64(Int32.max)) * 1_000_000_000 + attoseconds / 1_000_000_000
        return .nanoseconds(Int(nanos))
    }
}
