import Foundation

/// Times as the Web Tasks API writes them — ISO 8601, UTC, with milliseconds — for the result object and
/// for the store, so a revision's time reads back exactly as the run reported it.
public enum Timestamps {
    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    public static func text(_ date: Date) -> String { style.format(date) }

    public static func date(_ text: String) -> Date? { try? style.parse(text) }
}

extension ContinuousClock.Instant {
    /// Seconds from this instant to now, for the ledger's compute time.
    var secondsAgo: Double {
        let elapsed = ContinuousClock.now - self
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
