import Foundation

/// Where a task is in its life: `pending` (queued) → `started` (claimed by a worker) → `completed` or
/// `canceled`.
public enum TaskStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case pending, started, completed, canceled
}

/// How a completed task ended.
public enum TaskOutcome: String, Sendable, Hashable, Codable {
    case success, failed
}

/// A task as stored. JSON fields are kept as the text the caller gave, byte for byte.
public struct TaskRecord: Sendable, Hashable {
    /// `wt_…`.
    public var id: String
    public var workspace: String
    /// The reuse key the run uses (given, or minted `wtr_…`); nil until known.
    public var reuseKey: String?
    /// The start body as JSON text, secret parameter values already scrubbed by the caller.
    public var input: String
    public var status: TaskStatus
    public var outcome: TaskOutcome?
    public var createdAt: Date
    public var startedAt: Date?
    public var completedAt: Date?
    /// The inline result as JSON text, or nil.
    public var result: String?
    /// The id of the result file when the result was too large to inline.
    public var resultFile: String?
    public var error: String?
    public var reuse: String?
    public var cost: String?
    public var ledger: String?
    /// How many times a worker claimed the task (a requeue after a crash counts).
    public var attempts: Int
    /// The worker (process) that claimed the task last.
    public var claimedBy: String?
    /// When that worker last said it was still working on the task.
    public var heartbeat: Date?
    /// A cancel arrived while the task was started; the worker stops at its next heartbeat.
    public var cancelRequested: Bool
    /// The stored file holding the run's report (`ReportData` as JSON), when one was kept.
    public var reportFile: String?

    /// A record as the store would answer it (fakes and tests build their own).
    public init(
        id: String, workspace: String, reuseKey: String? = nil, input: String, status: TaskStatus,
        outcome: TaskOutcome? = nil, createdAt: Date, startedAt: Date? = nil, completedAt: Date? = nil,
        result: String? = nil, resultFile: String? = nil, error: String? = nil, reuse: String? = nil,
        cost: String? = nil, ledger: String? = nil, attempts: Int = 0, claimedBy: String? = nil,
        heartbeat: Date? = nil, cancelRequested: Bool = false, reportFile: String? = nil
    ) {
        self.id = id
        self.workspace = workspace
        self.reuseKey = reuseKey
        self.input = input
        self.status = status
        self.outcome = outcome
        self.createdAt = createdAt
        self.startedAt = startedAt
        self.completedAt = completedAt
        self.result = result
        self.resultFile = resultFile
        self.error = error
        self.reuse = reuse
        self.cost = cost
        self.ledger = ledger
        self.attempts = attempts
        self.claimedBy = claimedBy
        self.heartbeat = heartbeat
        self.cancelRequested = cancelRequested
        self.reportFile = reportFile
    }
}

/// A task to queue.
public struct NewTask: Sendable {
    public var id: String
    public var workspace: String
    public var reuseKey: String?
    public var input: String

    public init(id: String, workspace: String, reuseKey: String?, input: String) {
        self.id = id
        self.workspace = workspace
        self.reuseKey = reuseKey
        self.input = input
    }
}

/// What a worker reports when its run ends.
public struct TaskCompletion: Sendable {
    public var outcome: TaskOutcome
    public var result: String?
    public var resultFile: String?
    public var error: String?
    public var reuse: String?
    public var cost: String?
    public var ledger: String?
    /// The reuse key minted during the run, when the task had none; nil keeps the stored one.
    public var reuseKey: String?
    /// The stored file holding the run's report, when one was kept.
    public var reportFile: String?

    public init(
        outcome: TaskOutcome, result: String? = nil, resultFile: String? = nil, error: String? = nil,
        reuse: String? = nil, cost: String? = nil, ledger: String? = nil, reuseKey: String? = nil
    ) {
        self.outcome = outcome
        self.result = result
        self.resultFile = resultFile
        self.error = error
        self.reuse = reuse
        self.cost = cost
        self.ledger = ledger
        self.reuseKey = reuseKey
    }
}

/// What a cancel request did.
public enum CancelOutcome: Sendable, Hashable {
    /// The task was pending: it is canceled now and will never run.
    case canceled
    /// The task was started: its worker sees the request at its next heartbeat and stops.
    case requested
    /// The task had already completed or been canceled: nothing changed.
    case alreadyFinished(TaskStatus)
}

/// What a heartbeat tells the worker.
public enum HeartbeatReply: Sendable, Hashable {
    /// Keep going.
    case keepGoing
    /// A cancel was requested: stop and call `finishCanceled`.
    case cancelRequested
    /// The task is no longer this worker's (requeued or finished elsewhere): stop and drop the run.
    case lost
}

/// What `requeueAbandoned` did.
public struct RecoveryReport: Sendable, Hashable {
    /// Tasks put back to pending (their first abandonment).
    public var requeued: [String]
    /// Tasks completed as failed (abandoned a second time).
    public var failed: [String]
    /// Tasks whose cancel was requested before their worker died: they end canceled, not rerun.
    public var canceled: [String]

    public init(requeued: [String], failed: [String], canceled: [String] = []) {
        self.requeued = requeued
        self.failed = failed
        self.canceled = canceled
    }
}
