import Foundation
import WTTrace

/// A task as the result endpoint shows it.
public struct TaskView: Sendable, Hashable {
    public var webTaskId: String
    public var createdAt: Date
    public var state: TaskState
    /// The request as received, secret values already replaced (shown while pending).
    public var input: WebTaskStart?

    public init(webTaskId: String, createdAt: Date, state: TaskState, input: WebTaskStart? = nil) {
        self.webTaskId = webTaskId
        self.createdAt = createdAt
        self.state = state
        self.input = input
    }
}

/// The four states of the result object.
public enum TaskState: Sendable, Hashable {
    case pending
    case started(startedAt: Date)
    case completed(CompletedRun)
    /// `startedAt` is nil when the task was canceled before a worker took it.
    case canceled(startedAt: Date?, completedAt: Date)

    /// The wire name of the state.
    public var status: APITaskStatus {
        switch self {
        case .pending: .pending
        case .started: .started
        case .completed: .completed
        case .canceled: .canceled
        }
    }
}

/// A task's `status` on the wire.
public enum APITaskStatus: String, Sendable, Hashable, CaseIterable {
    case pending, started, completed, canceled
}

/// How a completed run ended.
public enum RunOutcome: String, Sendable, Hashable {
    case success, failed
}

/// A completed run: outcome, reuse, cost, and the result or the error.
public struct CompletedRun: Sendable, Hashable {
    public var outcome: RunOutcome
    /// Nil when the task completed without a worker starting it (a rejection before any browser).
    public var startedAt: Date?
    public var completedAt: Date
    /// Nil while the key has no saved revision (a rejected task, a failed first run).
    public var reuse: ReuseInfo?
    public var cost: RunCost
    public var output: RunOutput?
    public var error: APIRunError?
    public var ledger: APIRunLedger?

    public init(
        outcome: RunOutcome, startedAt: Date?, completedAt: Date, reuse: ReuseInfo?, cost: RunCost,
        output: RunOutput? = nil, error: APIRunError? = nil, ledger: APIRunLedger? = nil
    ) {
        self.outcome = outcome
        self.startedAt = startedAt
        self.completedAt = completedAt
        self.reuse = reuse
        self.cost = cost
        self.output = output
        self.error = error
        self.ledger = ledger
    }
}

/// The `reuse` object.
public struct ReuseInfo: Sendable, Hashable {
    public var key: String
    public var used: Bool
    public var created: Bool
    public var updated: Bool
    /// The webTaskId whose program is saved under the key now.
    public var revisionId: String
    public var revisionTimestamp: Date

    public init(key: String, used: Bool, created: Bool, updated: Bool, revisionId: String, revisionTimestamp: Date) {
        self.key = key
        self.used = used
        self.created = created
        self.updated = updated
        self.revisionId = revisionId
        self.revisionTimestamp = revisionTimestamp
    }
}

/// The `cost` object: AI dollars and compute hours.
public struct RunCost: Sendable, Hashable {
    public var aiUsd: Double
    public var computeHours: Double

    public init(aiUsd: Double, computeHours: Double) {
        self.aiUsd = aiUsd
        self.computeHours = computeHours
    }
}

/// The run's result: inline JSON, or a stored file the server hands out through a signed URL.
public enum RunOutput: Sendable, Hashable {
    case inline(JSONValue)
    case file(fileId: String, contentType: String, sizeBytes: Int64)
}
