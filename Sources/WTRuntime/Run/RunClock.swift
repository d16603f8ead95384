/// The run's clock with its type erased: time since the run began, and sleeping until an offset from then.
///
/// `RunOptions.clock` is an existential; opening it once here keeps the rest of the interpreter free of
/// generic instants.
struct RunClock: Sendable {
    private let elapsed: @Sendable () -> Duration
    private let sleeper: @Sendable (Duration) async throws -> Void

    init<C: Clock>(_ clock: C) where C.Duration == Duration {
        let origin = clock.now
        elapsed = { origin.duration(to: clock.now) }
        sleeper = { offset in try await clock.sleep(until: origin.advanced(by: offset), tolerance: nil) }
    }

    /// Time since the run began.
    func now() -> Duration { elapsed() }

    /// Sleeps until `offset` after the run began; throws when the task is cancelled.
    func sleep(until offset: Duration) async throws { try await sleeper(offset) }
}

enum DurationText {
    /// `500ms`, `10s`, `2.5s`, `2m`: the way durations are written in programs, for messages.
    static func format(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let ms = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        if ms >= 60_000, ms % 60_000 == 0 { return "\(ms / 60_000)m" }
        if ms % 1000 == 0 { return "\(ms / 1000)s" }
        if ms < 1000 { return "\(ms)ms" }
        let tenths = (ms + 50) / 100
        return tenths % 10 == 0 ? "\(tenths / 10)s" : "\(tenths / 10).\(tenths % 10)s"
    }
}
