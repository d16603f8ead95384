import Prometheus

/// The service's Prometheus families, fed by the workers and served at `/metrics`. It owns its own
/// registry (no global bootstrap), so tests and several servers in one process do not collide.
public final class ServerMetrics: Sendable {
    /// The registry `/metrics` renders.
    public let registry: PrometheusCollectorRegistry
    private let duration: ValueHistogram
    private let aiUsd: Counter
    private let reuseHits: Counter
    private let queueDepth: Gauge

    /// Run-duration buckets in seconds: replays take seconds, explorations minutes.
    static let durationBuckets: [Double] = [0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800]

    public init() {
        let registry = PrometheusCollectorRegistry()
        self.registry = registry
        duration = registry.makeValueHistogram(
            name: "wtc_run_duration_seconds", buckets: Self.durationBuckets, help: "Wall time of finished runs.")
        aiUsd = registry.makeCounter(name: "wtc_ai_usd_total", help: "AI dollars spent by runs.")
        reuseHits = registry.makeCounter(
            name: "wtc_reuse_hits_total", help: "Runs that replayed a saved program successfully.")
        queueDepth = registry.makeGauge(name: "wtc_queue_depth", help: "Tasks waiting for a worker.")
        for outcome in Self.outcomes { _ = runs(outcome) }
    }

    /// The outcome labels of `wtc_runs_total`.
    public static let outcomes = ["success", "failed", "canceled", "rejected"]

    private func runs(_ outcome: String) -> Counter {
        registry.makeCounter(
            name: "wtc_runs_total", labels: [("outcome", outcome)], help: "Finished runs by outcome.")
    }

    /// Records one finished run: its outcome (one of `outcomes`), wall time, AI spend and whether it
    /// replayed a saved program without the agent.
    public func recordRun(outcome: String, seconds: Double, aiUsd dollars: Double, reuseHit: Bool) {
        runs(outcome).increment()
        duration.record(seconds)
        if dollars > 0 { aiUsd.increment(by: dollars) }
        if reuseHit { reuseHits.increment() }
    }

    /// Sets the number of queued tasks.
    public func setQueueDepth(_ depth: Int) {
        queueDepth.set(Double(depth))
    }

    /// The text exposition format.
    public func render() -> String {
        registry.emitToString()
    }
}
