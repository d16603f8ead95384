import Synchronization

/// Sums the tokens of every model call of a run, by model, and counts the calls. Prices are not applied
/// here: the cost (`aiUsd`) is computed from these sums by whoever knows the price list.
///
/// Safe to share between tasks; `record` may be called concurrently.
public final class UsageLedger: Sendable {
    /// What one model used.
    public struct Entry: Sendable, Hashable {
        public var calls: Int
        public var usage: ModelUsage
    }

    /// One call as recorded, for prices that depend on the size of each request (see `ModelPrice`).
    public struct Call: Sendable, Hashable {
        public var model: String
        public var usage: ModelUsage
        /// Who answered, when the call was recorded with `record(_:from:)`.
        public var backend: ModelBackend?
    }

    private let entries = Mutex<(byModel: [String: Entry], calls: [Call], backends: [ModelBackend])>(([:], [], []))
    private let noted = Mutex<[String]>([])

    /// An empty ledger.
    public init() {}

    /// Adds one call to `model` that used `usage`, answered by `backend` when known.
    public func record(model: String, usage: ModelUsage, backend: ModelBackend? = nil) {
        entries.withLock { entries in
            var entry = entries.byModel[model] ?? Entry(calls: 0, usage: ModelUsage())
            entry.calls += 1
            entry.usage = entry.usage + usage
            entries.byModel[model] = entry
            entries.calls.append(Call(model: model, usage: usage, backend: backend))
            if let backend, !entries.backends.contains(backend) { entries.backends.append(backend) }
        }
    }

    /// Adds a reply's usage under the model that answered.
    public func record(_ response: ModelResponse) { record(model: response.model, usage: response.usage) }

    /// Adds a reply's usage and notes which backend answered, so the ledger can say when its tokens were
    /// played back from a transcript rather than paid for.
    public func record(_ response: ModelResponse, from backend: ModelBackend) {
        record(model: response.model, usage: response.usage, backend: backend)
    }

    /// The backends that answered, in the order first seen (only calls recorded with `from:` count).
    public var backends: [ModelBackend] { entries.withLock { $0.backends } }

    /// Whether any reply was played back from a transcript.
    public var includesReplay: Bool { backends.contains(where: \.isReplay) }

    /// Records, in order, something about the run's model calls that the numbers do not show (the task
    /// classifier gave no usable verdict, …); the ledger's reader sees it next to the costs.
    public func note(_ text: String) { noted.withLock { $0.append(text) } }

    /// Every note so far, in order.
    public var notes: [String] { noted.withLock { $0 } }

    /// Every model used so far with its calls and tokens.
    public var byModel: [String: Entry] { entries.withLock { $0.byModel } }

    /// Every call in the order recorded.
    public var calls: [Call] { entries.withLock { $0.calls } }

    /// All models together.
    public var total: Entry {
        entries.withLock { entries in
            entries.byModel.values.reduce(Entry(calls: 0, usage: ModelUsage())) {
                Entry(calls: $0.calls + $1.calls, usage: $0.usage + $1.usage)
            }
        }
    }
}
