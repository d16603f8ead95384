import Foundation
import PostgresNIO

extension PostgresStore {
    public func insertTask(_ task: NewTask) async throws(DataStoreError) -> TaskRecord {
        let at = nowMillis
        // The workspace is created in the same statement (a data-modifying WITH runs whether or not it is read).
        let inserted = try await rows(
            "queueing task \(task.id)",
            """
            WITH workspace AS (
                INSERT INTO workspaces (id, created_at) VALUES (\(task.workspace), \(at)) ON CONFLICT (id) DO NOTHING)
            INSERT INTO tasks (id, workspace, reuse_key, input, status, created_at)
            VALUES (\(task.id), \(task.workspace), \(task.reuseKey), \(task.input), 'pending', \(at))
            ON CONFLICT (id) DO NOTHING RETURNING \(unescaped: TaskColumns.list)
            """)
        guard let row = inserted.first else { throw DataStoreError(.conflict, StoreMessages.duplicateTask(task.id)) }
        return try await decode(row)
    }

    public func claimNextTask(worker: String) async throws(DataStoreError) -> TaskRecord? {
        let at = nowMillis
        // One statement: the sub-select locks the oldest pending row and skips rows other claimers hold, so
        // concurrent claimers on any number of servers each get a different task.
        let claimed = try await rows(
            "claiming the next task",
            """
            UPDATE tasks SET status = 'started', attempts = attempts + 1, claimed_by = \(worker), heartbeat = \(at),
                started_at = \(at)
            WHERE status = 'pending' AND id = (SELECT id FROM tasks WHERE status = 'pending' ORDER BY created_at, id
                        LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING \(unescaped: TaskColumns.list)
            """)
        guard let row = claimed.first else { return nil }
        return try await decode(row)
    }

    public func heartbeat(taskId id: String, worker: String) async throws(DataStoreError) -> HeartbeatReply {
        let found = try await rows(
            "recording a heartbeat for \(id)",
            """
            UPDATE tasks SET heartbeat = \(nowMillis) WHERE id = \(id) AND status = 'started' AND claimed_by = \(worker)
            RETURNING cancel_requested
            """)
        guard let row = found.first else { return .lost }
        let cancel = try await guarded("reading a heartbeat") { try row.get("cancel_requested", as: Int64.self) }
        return cancel != 0 ? .cancelRequested : .keepGoing
    }

    public func completeTask(_ id: String, worker: String, _ completion: TaskCompletion) async throws(DataStoreError) {
        let c = completion
        let done = try await rows(
            "completing task \(id)",
            """
            UPDATE tasks SET status = 'completed', outcome = \(c.outcome.rawValue), completed_at = \(nowMillis),
                result = \(c.result), result_file = \(c.resultFile), error = \(c.error), reuse = \(c.reuse),
                cost = \(c.cost), ledger = \(c.ledger), reuse_key = COALESCE(\(c.reuseKey), reuse_key),
                report_file = \(c.reportFile)
            WHERE id = \(id) AND status = 'started' AND claimed_by = \(worker) RETURNING id
            """)
        guard !done.isEmpty else { throw DataStoreError(.conflict, StoreMessages.notClaimed(id, worker: worker)) }
    }

    public func finishCanceled(_ id: String, worker: String) async throws(DataStoreError) {
        let done = try await rows(
            "canceling task \(id)",
            """
            UPDATE tasks SET status = 'canceled', completed_at = \(nowMillis)
            WHERE id = \(id) AND status = 'started' AND claimed_by = \(worker) RETURNING id
            """)
        guard !done.isEmpty else { throw DataStoreError(.conflict, StoreMessages.notClaimed(id, worker: worker)) }
    }

    public func cancelTask(workspace: String, id: String) async throws(DataStoreError) -> CancelOutcome? {
        // Each statement is atomic; a task that moves on between them is caught by the next one.
        let canceled = try await rows(
            "canceling task \(id)",
            """
            UPDATE tasks SET status = 'canceled', completed_at = \(nowMillis)
            WHERE id = \(id) AND workspace = \(workspace) AND status = 'pending' RETURNING id
            """)
        if !canceled.isEmpty { return .canceled }
        let requested = try await rows(
            "canceling task \(id)",
            """
            UPDATE tasks SET cancel_requested = 1
            WHERE id = \(id) AND workspace = \(workspace) AND status = 'started' RETURNING id
            """)
        if !requested.isEmpty { return .requested }
        return try await task(workspace: workspace, id: id).map { .alreadyFinished($0.status) }
    }

    public func task(workspace: String, id: String) async throws(DataStoreError) -> TaskRecord? {
        let found = try await rows(
            "reading task \(id)",
            "SELECT \(unescaped: TaskColumns.list) FROM tasks WHERE id = \(id) AND workspace = \(workspace)")
        guard let row = found.first else { return nil }
        return try await decode(row)
    }

    public func pendingCount() async throws(DataStoreError) -> Int {
        let found = try await rows("counting pending tasks", "SELECT COUNT(*) AS n FROM tasks WHERE status = 'pending'")
        return try await guarded("counting pending tasks") { try found.first?.get("n", as: Int.self) ?? 0 }
    }

    func decode(_ row: PostgresRandomAccessRow) async throws(DataStoreError) -> TaskRecord {
        try await guarded("reading a task") { try Self.task(from: row) }
    }

    static func task(from row: PostgresRandomAccessRow) throws -> TaskRecord {
        TaskRecord(
            id: try row.get("id"), workspace: try row.get("workspace"), reuseKey: try row.get("reuse_key"),
            input: try row.get("input"), status: TaskStatus(rawValue: try row.get("status")) ?? .pending,
            outcome: (try row.get("outcome", as: String?.self)).flatMap(TaskOutcome.init(rawValue:)),
            createdAt: Millis.date(try row.get("created_at", as: Int64.self)),
            startedAt: Millis.date(try row.get("started_at", as: Int64?.self)),
            completedAt: Millis.date(try row.get("completed_at", as: Int64?.self)), result: try row.get("result"),
            resultFile: try row.get("result_file"), error: try row.get("error"), reuse: try row.get("reuse"),
            cost: try row.get("cost"), ledger: try row.get("ledger"), attempts: try row.get("attempts"),
            claimedBy: try row.get("claimed_by"), heartbeat: Millis.date(try row.get("heartbeat", as: Int64?.self)),
            cancelRequested: try row.get("cancel_requested", as: Int64.self) != 0,
            reportFile: try row.get("report_file"))
    }
}
