import Foundation
import Logging
import PostgresNIO

/// The PostgreSQL schema, one statement list per version, recorded in `wtc_migrations`. A migration, once
/// released, never changes: a change is a new version, so a database from any older wtc is brought forward.
enum PostgresSchema {
    /// Version 1: workspaces, keys, tasks, programs with every revision, result files.
    static let v1 = [
        "CREATE TABLE workspaces (id TEXT PRIMARY KEY, created_at BIGINT NOT NULL)",
        """
        CREATE TABLE api_keys (hash TEXT PRIMARY KEY, prefix TEXT NOT NULL, workspace TEXT NOT NULL,
            created_at BIGINT NOT NULL)
        """,
        """
        CREATE TABLE tasks (id TEXT PRIMARY KEY, workspace TEXT NOT NULL, reuse_key TEXT, input TEXT NOT NULL,
            status TEXT NOT NULL, outcome TEXT, created_at BIGINT NOT NULL, started_at BIGINT,
            completed_at BIGINT, result TEXT, result_file TEXT, error TEXT, reuse TEXT, cost TEXT, ledger TEXT)
        """,
        "CREATE INDEX tasks_by_workspace ON tasks (workspace, created_at, id)",
        """
        CREATE TABLE programs (workspace TEXT NOT NULL, reuse_key TEXT NOT NULL, revision BIGINT NOT NULL,
            source TEXT NOT NULL, saved_by TEXT NOT NULL, saved_at BIGINT NOT NULL, reason TEXT NOT NULL,
            PRIMARY KEY (workspace, reuse_key, revision))
        """,
        """
        CREATE TABLE files (id TEXT PRIMARY KEY, workspace TEXT NOT NULL, content_type TEXT NOT NULL,
            bytes BYTEA NOT NULL, created_at BIGINT NOT NULL)
        """,
    ]

    /// Version 2: the execution model — claims, heartbeats and cancel requests. (The per-key writer lock is
    /// an advisory lock here, so no table.)
    static let v2 = [
        "ALTER TABLE tasks ADD COLUMN attempts BIGINT NOT NULL DEFAULT 0",
        "ALTER TABLE tasks ADD COLUMN claimed_by TEXT",
        "ALTER TABLE tasks ADD COLUMN heartbeat BIGINT",
        "ALTER TABLE tasks ADD COLUMN cancel_requested BIGINT NOT NULL DEFAULT 0",
        "CREATE INDEX tasks_queue ON tasks (status, created_at, id)",
    ]

    /// Version 3: each task's run report (a stored file: the steps, their pictures and how the run ended).
    static let v3 = ["ALTER TABLE tasks ADD COLUMN report_file TEXT"]

    static let versions = [v1, v2, v3]

    /// The advisory lock every starting server takes around migrating, so several migrate once.
    static let migrationLock: Int64 = 0x7774_635f_6d69_6772  // "wtc_migr"

    /// Applies the missing versions in one transaction under the migration lock; refuses a database written
    /// by a newer wtc, leaving it untouched.
    static func migrate(_ client: PostgresClient, location: String, logger: Logger) async throws {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(migrationLock))", logger: logger)
            try await connection.query(
                """
                CREATE TABLE IF NOT EXISTS wtc_migrations (version BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL)
                """, logger: logger)
            var applied = 0
            let rows = try await connection.query(
                "SELECT COALESCE(MAX(version), 0) FROM wtc_migrations", logger: logger)
            for try await (version) in rows.decode(Int.self) { applied = version }
            guard applied <= versions.count else {
                throw DataStoreError(
                    .newerSchema, StoreMessages.newerSchema(location, found: "v\(applied)", known: "v\(versions.count)")
                )
            }
            let now = Millis.of(Date())
            for version in (applied + 1)..<(versions.count + 1) {
                for sql in versions[version - 1] {
                    try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO wtc_migrations (version, applied_at) VALUES (\(version), \(now))", logger: logger)
            }
        }
    }
}
