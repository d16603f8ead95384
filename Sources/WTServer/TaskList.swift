import Foundation

/// Filters and paging for the task list.
public struct TaskListQuery: Sendable, Hashable {
    public var status: APITaskStatus?
    public var reuseKey: String?
    /// A `nextCursor` from a previous page.
    public var cursor: String?
    /// Page size, 1…200.
    public var limit: Int

    public init(status: APITaskStatus? = nil, reuseKey: String? = nil, cursor: String? = nil, limit: Int = 50) {
        self.status = status
        self.reuseKey = reuseKey
        self.cursor = cursor
        self.limit = limit
    }
}

/// One page of tasks; `nextCursor` is nil on the last page.
public struct TaskListPage: Sendable, Hashable {
    public var items: [TaskSummary]
    public var nextCursor: String?

    public init(items: [TaskSummary], nextCursor: String?) {
        self.items = items
        self.nextCursor = nextCursor
    }
}

/// A task in a list.
public struct TaskSummary: Sendable, Hashable {
    public var webTaskId: String
    public var status: APITaskStatus
    public var outcome: RunOutcome?
    public var reuseKey: String?
    public var createdAt: Date
    public var startedAt: Date?
    public var completedAt: Date?
    /// (console) The run's AI dollars, once completed.
    public var aiUsd: Double?
    /// (console) The key revision the run left current (`reuse.revisionId`), once completed.
    public var revisionId: String?

    public init(
        webTaskId: String, status: APITaskStatus, outcome: RunOutcome? = nil, reuseKey: String? = nil, createdAt: Date,
        startedAt: Date? = nil, completedAt: Date? = nil, aiUsd: Double? = nil, revisionId: String? = nil
    ) {
        self.webTaskId = webTaskId
        self.status = status
        self.outcome = outcome
        self.reuseKey = reuseKey
        self.createdAt = createdAt
        self.startedAt = startedAt
        self.completedAt = completedAt
        self.aiUsd = aiUsd
        self.revisionId = revisionId
    }
}

/// A reuse key: its current program and every revision, oldest first (the last is current).
public struct KeyView: Sendable, Hashable {
    public var key: String
    public var program: String
    public var revisions: [KeyRevision]

    public init(key: String, program: String, revisions: [KeyRevision]) {
        self.key = key
        self.program = program
        self.revisions = revisions
    }
}

/// One saved revision of a key's program.
public struct KeyRevision: Sendable, Hashable {
    /// Why a revision was saved.
    public enum Reason: String, Sendable, Hashable {
        case created, repaired, imported
    }

    public var revisionId: String
    /// The run that saved it; nil for an import.
    public var webTaskId: String?
    public var savedAt: Date
    public var reason: Reason

    public init(revisionId: String, webTaskId: String?, savedAt: Date, reason: Reason) {
        self.revisionId = revisionId
        self.webTaskId = webTaskId
        self.savedAt = savedAt
        self.reason = reason
    }
}

/// A result file's bytes and media type.
public struct APIResultFile: Sendable, Hashable {
    public var bytes: [UInt8]
    public var contentType: String

    public init(bytes: [UInt8], contentType: String) {
        self.bytes = bytes
        self.contentType = contentType
    }
}
