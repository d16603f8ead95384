import Foundation
import WTTrace

/// What one run of the execution model returns: the Web Tasks result object's parts (`reuse`, `cost`,
/// `result`, `error`) and our ledger.
public struct RunReport: Sendable {
    public var webTaskID: String
    public var succeeded: Bool
    public var result: JSONValue?
    public var error: RunError?
    public var reuse: Reuse
    public var aiUsd: Double
    /// Wall time with a browser or fetcher working, in seconds.
    public var computeSeconds: Double
    public var ledger: RunLedger

    /// `reuse` of the spec.
    public struct Reuse: Sendable, Hashable {
        public var key: String
        public var used: Bool
        public var created: Bool
        public var updated: Bool
        public var revisionID: String?
        public var revisionTimestamp: Date?
    }
}

/// A failed run's error: one of the product's six codes, our finer reason, and the sentence.
public struct RunError: Error, Sendable, Hashable {
    public var code: String
    public var reason: String?
    public var message: String

    public init(code: String, reason: String?, message: String) {
        self.code = code
        self.reason = reason
        self.message = message
    }
}

/// What the run cost and did, beyond the spec's `cost`.
public struct RunLedger: Sendable {
    /// Tokens by model: input, output, cache writes, cache reads, and calls.
    public var models: [String: ModelTokens] = [:]
    public var modelCalls = 0
    public var stepsAsCode = 0
    public var stepsByAgent = 0
    /// Whether a saved program ran, and when none did (or it failed), why not.
    public var programUsed = false
    public var whyNotUsed: String?
    /// Why no program was saved, when none was.
    public var whyNotSaved: String?
    /// The model backend (`anthropic`, …; a replayed transcript says so).
    public var backend: String?

    public struct ModelTokens: Sendable, Hashable {
        public var calls: Int
        public var input: Int
        public var output: Int
        public var cacheWrite: Int
        public var cacheRead: Int
    }

    public init() {}
}
