import Foundation
import GRDB

extension SQLiteStore {
    public func listTasks(workspace: String, filter: TaskFilter, limit: Int, cursor: String?)
        async throws(DataStoreError) -> TaskPage
    {
        let after = try TaskCursor.parse(cursor)
        let limit = min(max(1, limit), TaskPage.maximumLimit)
        var sql = "SELECT \(TaskColumns.list) FROM tasks WHERE workspace = ?"
        var arguments: StatementArguments = [workspace]
        if let status = filter.status {
            sql += " AND status = ?"
            arguments += [status.rawValue]
        }
        if let key = filter.reuseKey {
            sql += " AND reuse_key = ?"
            arguments += [key]
        }
        if let after {
            sql += " AND (created_at < ? OR (created_at = ? AND id < ?))"
            arguments += [after.createdAt, after.createdAt, after.id]
        }
        sql += " ORDER BY created_at DESC, id DESC LIMIT \(limit + 1)"
        let query = sql
        let args = arguments
        let rows = try await read("listing the tasks of \(workspace)") { db in
            try Row.fetchAll(db, sql: query, arguments: args).map(Self.task(from:))
        }
        return TaskPage.paged(rows, limit: limit)
    }

    public func requeueAbandoned(olderThan: Duration, sparing: String?) async throws(DataStoreError)
        -> RecoveryReport
    {
        let at = nowMillis
        let spared = sparing ?? ""
        let stale = at - olderThan.millis
        let error = AbandonedError.json
        return try await immediate("requeueing abandoned tasks") { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, attempts, cancel_requested FROM tasks WHERE status = 'started' AND heartbeat < ?
                    AND (? = '' OR claimed_by IS NULL OR substr(claimed_by, 1, length(?)) <> ?)
                    ORDER BY id
                    """,
                arguments: [stale, spared, spared, spared])
            var report = RecoveryReport(requeued: [], failed: [])
            for row in rows {
                let id: String = row["id"]
                if row["cancel_requested"] as Bool {
                    try db.execute(
                        sql: "UPDATE tasks SET status = 'canceled', completed_at = ? WHERE id = ?", arguments: [at, id])
                    report.canceled.append(id)
                } else if (row["attempts"] as Int) < 2 {
                    try db.execute(
                        sql: """
                            UPDATE tasks SET status = 'pending', claimed_by = NULL, heartbeat = NULL, started_at = NULL
                            WHERE id = ?
                            """, arguments: [id])
                    report.requeued.append(id)
                } else {
                    try db.execute(
                        sql: """
                            UPDATE tasks SET status = 'completed', outcome = 'failed', completed_at = ?, error = ?
                            WHERE id = ?
                            """, arguments: [at, error, id])
                    report.failed.append(id)
                }
            }
            return report
        }
    }
}

extension TaskPage {
    /// The most tasks one page holds, whatever the caller asks for.
    public static let maximumLimit = 500

    /// A page from up to `limit + 1` rows: the extra row only tells that another page exists.
    static func paged(_ rows: [TaskRecord], limit: Int) -> TaskPage {
        let page = Array(rows.prefix(limit))
        guard rows.count > limit, let last = page.last else { return TaskPage(tasks: page, next: nil) }
        return TaskPage(tasks: page, next: TaskCursor(createdAt: Millis.of(last.createdAt), id: last.id).text)
    }
}

extension Duration {
    /// Whole milliseconds, for stored times.
    var millis: Int64 {
        components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
    }
}
