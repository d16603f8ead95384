import Foundation
import WTDiagnostics
import WTServer
import WTStore
import WTTrace

/// What the workers tell `/metrics`.
enum ServeMetrics {
    static func record(_ completion: TaskCompletion?, _ duration: Duration, into metrics: ServerMetrics) {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        guard let completion else {
            metrics.recordRun(outcome: "canceled", seconds: seconds, aiUsd: 0, reuseHit: false)
            return
        }
        let error = json(completion.error)
        let outcome = error?["code"] == .string("rejected") ? "rejected" : completion.outcome.rawValue
        var dollars = 0.0
        if case .number(let usd)? = json(completion.cost)?["aiUsd"] { dollars = usd }
        let used = json(completion.reuse)?["used"] == .bool(true)
        metrics.recordRun(
            outcome: outcome, seconds: seconds, aiUsd: dollars, reuseHit: used && completion.outcome == .success)
    }

    private static func json(_ text: String?) -> JSONValue? {
        guard let text, let parsed = try? PositionedJSON.parse(Array(text.utf8)) else { return nil }
        return JSONValue(parsed)
    }

    /// Runs `body` (the workers) while the queue-depth gauge is refreshed every few seconds.
    static func watchQueue(_ store: any DataStore, _ metrics: ServerMetrics, _ body: @Sendable () async -> Void)
        async
    {
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                while !Task.isCancelled {
                    if let depth = try? await store.pendingCount() { metrics.setQueueDepth(depth) }
                    try? await Task.sleep(for: .seconds(2))
                }
            }
            await body()
            group.cancelAll()
        }
    }
}
