/// The retry loop every HTTP model client shares: retries what `ModelError.isRetryable` allows, waiting
/// as `policy` says (honouring `retry-after`), and reports the last failure with the attempts it took.
enum RetryLoop {
    static func run<Value>(
        policy: RetryPolicy, clock: any RetryClock, _ attempt: () async throws(ModelError) -> Value
    ) async throws(ModelError) -> Value {
        let start = clock.now()
        var number = 1
        while true {
            do {
                return try await attempt()
            } catch {
                guard error.isRetryable, number < policy.maximumAttempts else { throw error.after(attempts: number) }
                let delay = policy.delay(afterAttempt: number, retryAfter: error.retryAfter)
                // Waiting past the deadline only to try again is pointless; report the failure now.
                guard clock.now() - start + delay <= policy.deadline else { throw error.after(attempts: number) }
                let settings = error.settings
                do { try await clock.sleep(for: delay) } catch {
                    throw ModelError(.cancelled, attempts: number, settings: settings)
                }
                number += 1
            }
        }
    }
}
