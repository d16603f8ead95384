import Foundation
import GRDB

/// The SQLite schema as GRDB migrations, one per version. A migration, once released, never changes: a
/// change is a new migration, so a database from any older wtc is brought forward on open.
enum SQLiteSchema {
    /// Version 1: workspaces, keys, tasks, programs with every revision, result files.
    static let v1 = [
        "CREATE TABLE workspaces (id TEXT PRIMARY KEY, created_at INTEGER NOT NULL)",
        """
        CREATE TABLE api_keys (hash TEXT PRIMARY KEY, prefix TEXT NOT NULL, workspace TEXT NOT NULL,
            created_at INTEGER NOT NULL)
        """,
        """
        CREATE TABLE tasks (id TEXT PRIMARY KEY, workspace TEXT NOT NULL, reuse_key TEXT, input TEXT NOT NULL,
            status TEXT NOT NULL, outcome TEXT, created_at INTEGER NOT NULL, started_at INTEGER,
            completed_at INTEGER, result TEXT, result_file TEXT, error TEXT, reuse TEXT, cost TEXT, ledger TEXT)
        """,
        "CREATE INDEX tasks_by_workspace ON tasks (workspace, created_at, id)",
        """
        CREATE TABLE programs (workspace TEXT NOT NULL, reuse_key TEXT NOT NULL, revision INTEGER NOT NULL,
            source TEXT NOT NULL, saved_by TEXT NOT NULL, saved_at INTEGER NOT NULL, reason TEXT NOT NULL,
            PRIMARY KEY (workspace, reuse_key, revision))
        """,
        """
        CREATE TABLE files (id TEXT PRIMARY KEY, workspace TEXT NOT NULL, content_type TEXT NOT NULL,
            bytes BLOB NOT NULL, created_at INTEGER NOT NULL)
        """,
    ]

    /// Version 2: the execution model — claims, heartbeats, cancel requests and the per-key writer leases.
    static let v2 = [
        "ALTER TABLE tasks ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE tasks ADD COLUMN claimed_by TEXT",
        "ALTER TABLE tasks ADD COLUMN heartbeat INTEGER",
        "ALTER TABLE tasks ADD COLUMN cancel_requested INTEGER NOT NULL DEFAULT 0",
        "CREATE INDEX tasks_queue ON tasks (status, created_at, id)",
        """
        CREATE TABLE key_leases (workspace TEXT NOT NULL, reuse_key TEXT NOT NULL, holder TEXT NOT NULL,
            expires_at INTEGER NOT NULL, PRIMARY KEY (workspace, reuse_key))
        """,
    ]

    /// Version 3: each task's run report (a stored file: the steps, their pictures and how the run ended).
    static let v3 = ["ALTER TABLE tasks ADD COLUMN report_file TEXT"]

    static let versions: [(name: String, statements: [String])] = [("v1", v1), ("v2", v2), ("v3", v3)]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for (name, statements) in versions {
            migrator.registerMigration(name) { db in
                for sql in statements { try db.execute(sql: sql) }
            }
        }
        return migrator
    }

    /// Brings the database to the newest version; refuses one written by a newer wtc, leaving it untouched.
    static func migrate(_ pool: DatabasePool, location: String) throws {
        let lock = try MigrationLock.acquire(location + ".migrating")
        defer { lock.release() }
        let migrator = migrator
        let unknown = try pool.read { db in
            try migrator.appliedIdentifiers(db).subtracting(versions.map(\.name))
        }
        if !unknown.isEmpty {
            throw DataStoreError(
                .newerSchema,
                StoreMessages.newerSchema(
                    location, found: unknown.sorted().joined(separator: ", "), known: versions.last?.name ?? "v0"))
        }
        try migrator.migrate(pool)
    }
}
