import Foundation
import GRDB

extension SQLiteStore {
    public func insertTask(_ task: NewTask) async throws(DataStoreError) -> TaskRecord {
        let at = nowMillis
        return try await immediate("queueing task \(task.id)") { db in
            try db.execute(
                sql: "INSERT INTO workspaces (id, created_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING",
                arguments: [task.workspace, at])
            guard try !Bool.fetchOne(db, sql: "SELECT 1 FROM tasks WHERE id = ?", arguments: [task.id]).isTrue else {
                throw DataStoreError(.conflict, StoreMessages.duplicateTask(task.id))
            }
            try db.execute(
                sql: """
                    INSERT INTO tasks (id, workspace, reuse_key, input, status, created_at)
                    VALUES (?, ?, ?, ?, 'pending', ?)
                    """,
                arguments: [task.id, task.workspace, task.reuseKey, task.input, at])
            guard let record = try Self.fetchTask(db, id: task.id) else {
                throw DataStoreError(.database, StoreMessages.vanished(task.id))
            }
            return record
        }
    }

    public func claimNextTask(worker: String) async throws(DataStoreError) -> TaskRecord? {
        let at = nowMillis
        return try await immediate("claiming the next task") { db in
            guard
                let id = try String.fetchOne(
                    db, sql: "SELECT id FROM tasks WHERE status = 'pending' ORDER BY created_at, id LIMIT 1")
            else { return nil }
            try db.execute(
                sql: """
                    UPDATE tasks SET status = 'started', attempts = attempts + 1, claimed_by = ?, heartbeat = ?,
                        started_at = ? WHERE id = ?
                    """,
                arguments: [worker, at, at, id])
            return try Self.fetchTask(db, id: id)
        }
    }

    public func heartbeat(taskId id: String, worker: String) async throws(DataStoreError) -> HeartbeatReply {
        let at = nowMillis
        return try await immediate("recording a heartbeat for \(id)") { db in
            try db.execute(
                sql: "UPDATE tasks SET heartbeat = ? WHERE id = ? AND status = 'started' AND claimed_by = ?",
                arguments: [at, id, worker])
            guard db.changesCount > 0 else { return .lost }
            let cancel = try Bool.fetchOne(db, sql: "SELECT cancel_requested FROM tasks WHERE id = ?", arguments: [id])
            return cancel == true ? .cancelRequested : .keepGoing
        }
    }

    public func completeTask(_ id: String, worker: String, _ completion: TaskCompletion) async throws(DataStoreError) {
        let at = nowMillis
        let c = completion
        try await immediate("completing task \(id)") { db in
            try db.execute(
                sql: """
                    UPDATE tasks SET status = 'completed', outcome = ?, completed_at = ?, result = ?, result_file = ?,
                        error = ?, reuse = ?, cost = ?, ledger = ?, reuse_key = COALESCE(?, reuse_key), report_file = ?
                    WHERE id = ? AND status = 'started' AND claimed_by = ?
                    """,
                arguments: [
                    c.outcome.rawValue, at, c.result, c.resultFile, c.error, c.reuse, c.cost, c.ledger, c.reuseKey,
                    c.reportFile, id, worker,
                ])
            guard db.changesCount > 0 else {
                throw DataStoreError(.conflict, StoreMessages.notClaimed(id, worker: worker))
            }
        }
    }

    public func finishCanceled(_ id: String, worker: String) async throws(DataStoreError) {
        let at = nowMillis
        try await immediate("canceling task \(id)") { db in
            try db.execute(
                sql: """
                    UPDATE tasks SET status = 'canceled', completed_at = ?
                    WHERE id = ? AND status = 'started' AND claimed_by = ?
                    """,
                arguments: [at, id, worker])
            guard db.changesCount > 0 else {
                throw DataStoreError(.conflict, StoreMessages.notClaimed(id, worker: worker))
            }
        }
    }

    public func cancelTask(workspace: String, id: String) async throws(DataStoreError) -> CancelOutcome? {
        let at = nowMillis
        return try await immediate("canceling task \(id)") { db in
            guard
                let status = try String.fetchOne(
                    db, sql: "SELECT status FROM tasks WHERE id = ? AND workspace = ?", arguments: [id, workspace]
                ).flatMap(TaskStatus.init(rawValue:))
            else { return nil }
            switch status {
            case .pending:
                try db.execute(
                    sql: "UPDATE tasks SET status = 'canceled', completed_at = ? WHERE id = ?", arguments: [at, id])
                return .canceled
            case .started:
                try db.execute(sql: "UPDATE tasks SET cancel_requested = 1 WHERE id = ?", arguments: [id])
                return .requested
            case .completed, .canceled:
                return .alreadyFinished(status)
            }
        }
    }

    public func task(workspace: String, id: String) async throws(DataStoreError) -> TaskRecord? {
        try await read("reading task \(id)") { db in
            try Self.fetchTask(db, id: id).flatMap { $0.workspace == workspace ? $0 : nil }
        }
    }

    public func pendingCount() async throws(DataStoreError) -> Int {
        try await read("counting pending tasks") { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tasks WHERE status = 'pending'") ?? 0
        }
    }

    static func fetchTask(_ db: Database, id: String) throws -> TaskRecord? {
        try Row.fetchOne(db, sql: "SELECT \(TaskColumns.list) FROM tasks WHERE id = ?", arguments: [id]).map(
            task(from:))
    }

    static func task(from row: Row) -> TaskRecord {
        TaskRecord(
            id: row["id"], workspace: row["workspace"], reuseKey: row["reuse_key"], input: row["input"],
            status: TaskStatus(rawValue: row["status"]) ?? .pending,
            outcome: (row["outcome"] as String?).flatMap(TaskOutcome.init(rawValue:)),
            createdAt: Millis.date(row["created_at"] as Int64), startedAt: Millis.date(row["started_at"] as Int64?),
            completedAt: Millis.date(row["completed_at"] as Int64?), result: row["result"],
            resultFile: row["result_file"], error: row["error"], reuse: row["reuse"], cost: row["cost"],
            ledger: row["ledger"], attempts: row["attempts"], claimedBy: row["claimed_by"],
            heartbeat: Millis.date(row["heartbeat"] as Int64?), cancelRequested: row["cancel_requested"],
            reportFile: row["report_file"])
    }
}

extension Optional where Wrapped == Bool {
    var isTrue: Bool { self == true }
}

/// The task columns in the order both backends select them.
enum TaskColumns {
    static let list = """
        id, workspace, reuse_key, input, status, outcome, created_at, started_at, completed_at, result, \
        result_file, error, reuse, cost, ledger, attempts, claimed_by, heartbeat, cancel_requested, report_file
        """
}
