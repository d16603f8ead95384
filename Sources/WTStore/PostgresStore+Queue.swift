import Foundation
import PostgresNIO

extension PostgresStore {
    public func listTasks(workspace: String, filter: TaskFilter, limit: Int, cursor: String?)
        async throws(DataStoreError) -> TaskPage
    {
        let limit = min(max(1, limit), TaskPage.maximumLimit)
        var query: PostgresQuery = "SELECT \(unescaped: TaskColumns.list) FROM tasks WHERE workspace = \(workspace)"
        var bindings = query.binds
        var sql = query.sql
        func bind(_ value: some PostgresDynamicTypeEncodable) -> String {
            bindings.append(value)
            return "$\(bindings.count)"
        }
        if let status = filter.status { sql += " AND status = \(bind(status.rawValue))" }
        if let key = filter.reuseKey { sql += " AND reuse_key = \(bind(key))" }
        if let after = try TaskCursor.parse(cursor) {
            let at = bind(after.createdAt)
            sql += " AND (created_at < \(at) OR (created_at = \(at) AND id < \(bind(after.id))))"
        }
        sql += " ORDER BY created_at DESC, id DESC LIMIT \(limit + 1)"
        query = PostgresQuery(unsafeSQL: sql, binds: bindings)
        let found = try await rows("listing the tasks of \(workspace)", query)
        let tasks = try await guarded("reading tasks") { try found.map(Self.task(from:)) }
        return TaskPage.paged(tasks, limit: limit)
    }

    public func requeueAbandoned(olderThan: Duration, sparing: String?) async throws(DataStoreError)
        -> RecoveryReport
    {
        let at = nowMillis
        let stale = at - olderThan.millis
        let spared = sparing ?? ""
        // Each row matches exactly one of the three statements, so they need no transaction.
        let canceled = try await rows(
            "ending abandoned canceled tasks",
            """
            UPDATE tasks SET status = 'canceled', completed_at = \(at)
            WHERE status = 'started' AND heartbeat < \(stale) AND cancel_requested <> 0
            AND (\(spared) = '' OR claimed_by IS NULL OR left(claimed_by, length(\(spared))) <> \(spared)) RETURNING id
            """)
        let requeued = try await rows(
            "requeueing abandoned tasks",
            """
            UPDATE tasks SET status = 'pending', claimed_by = NULL, heartbeat = NULL, started_at = NULL
            WHERE status = 'started' AND heartbeat < \(stale) AND attempts < 2 AND cancel_requested = 0
            AND (\(spared) = '' OR claimed_by IS NULL OR left(claimed_by, length(\(spared))) <> \(spared)) RETURNING id
            """)
        let failed = try await rows(
            "failing tasks abandoned twice",
            """
            UPDATE tasks SET status = 'completed', outcome = 'failed', completed_at = \(at),
                error = \(AbandonedError.json)
            WHERE status = 'started' AND heartbeat < \(stale) AND attempts >= 2 AND cancel_requested = 0
            AND (\(spared) = '' OR claimed_by IS NULL OR left(claimed_by, length(\(spared))) <> \(spared)) RETURNING id
            """)
        return try await guarded("reading recovered tasks") {
            RecoveryReport(
                requeued: try requeued.map { try $0.get("id", as: String.self) }.sorted(),
                failed: try failed.map { try $0.get("id", as: String.self) }.sorted(),
                canceled: try canceled.map { try $0.get("id", as: String.self) }.sorted())
        }
    }
}
