/// How often and how long to retry a failed model call.
///
/// Waits double from `initialDelay` up to `maximumDelay`. A `retry-after` from the API replaces the
/// computed wait but is capped at `maximumRetryAfter`, so a server cannot park a run for an hour. No retry
/// starts if its wait would end after `deadline` (counted from the first attempt).
public struct RetryPolicy: Sendable, Hashable {
    /// Requests sent at most, the first included; 1 turns retrying off.
    public var maximumAttempts: Int
    public var initialDelay: Duration
    public var maximumDelay: Duration
    public var maximumRetryAfter: Duration
    /// No retry starts if its wait would end later than this after the first attempt began. A request in
    /// flight is bounded by the request timeout instead, so a call can overrun this by up to one timeout.
    public var deadline: Duration

    /// A policy; the defaults suit an interactive agent run.
    public init(
        maximumAttempts: Int = 4, initialDelay: Duration = .seconds(1), maximumDelay: Duration = .seconds(30),
        maximumRetryAfter: Duration = .seconds(60), deadline: Duration = .seconds(600)
    ) {
        self.maximumAttempts = maximumAttempts
        self.initialDelay = initialDelay
        self.maximumDelay = maximumDelay
        self.maximumRetryAfter = maximumRetryAfter
        self.deadline = deadline
    }

    /// Never retries.
    public static let none = RetryPolicy(maximumAttempts: 1)

    /// The wait before attempt `attempt + 1`, after attempt `attempt` (from 1) failed.
    func delay(afterAttempt attempt: Int, retryAfter: Duration?) -> Duration {
        if let retryAfter { return min(max(retryAfter, .zero), maximumRetryAfter) }
        var delay = initialDelay
        for _ in 1..<max(attempt, 1) where delay < maximumDelay { delay *= 2 }
        return min(delay, maximumDelay)
    }
}
