/// Time and sleeping for the retry loop, injectable so tests never really wait.
public protocol RetryClock: Sendable {
    /// Time elapsed since some fixed origin; only differences are used.
    func now() -> Duration
    /// Sleeps for `duration`; throws when the task is cancelled.
    func sleep(for duration: Duration) async throws
}

/// The real clock: `ContinuousClock`, which keeps counting while the machine sleeps.
public struct SystemRetryClock: RetryClock {
    private let origin = ContinuousClock.now

    public init() {}

    public func now() -> Duration { origin.duration(to: .now) }

    public func sleep(for duration: Duration) async throws { try await Task.sleep(for: duration) }
}
