import Foundation
import GRDB

extension SQLiteStore {
    public func currentProgram(workspace: String, key: String) async throws(DataStoreError) -> ProgramRevision? {
        try await read("reading the program of \(key)") { db in try Self.latest(db, workspace, key) }
    }

    public func saveProgram(_ program: NewProgramRevision, workspace: String, key: String, expected: Int?)
        async throws(DataStoreError) -> ProgramSaveOutcome
    {
        let at = nowMillis
        return try await immediate("saving a revision of \(key)") { db in
            let current = try Self.latest(db, workspace, key)
            if let current, current.revision != expected { return .superseded(current: current) }
            if current == nil, let expected {
                throw DataStoreError(.conflict, StoreMessages.noSuchRevision(key, expected: expected))
            }
            let saved = ProgramRevision(
                revision: (expected ?? 0) + 1, source: program.source, savedBy: program.savedBy,
                savedAt: Millis.date(at), reason: program.reason)
            // The primary key (workspace, reuse_key, revision) backs the transaction up: a second writer of
            // the same revision fails instead of overwriting.
            try db.execute(
                sql: """
                    INSERT INTO programs (workspace, reuse_key, revision, source, saved_by, saved_at, reason)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [workspace, key, saved.revision, saved.source, saved.savedBy, at, saved.reason.rawValue])
            return .saved(saved)
        }
    }

    public func programHistory(workspace: String, key: String) async throws(DataStoreError) -> [ProgramRevision] {
        try await read("reading the history of \(key)") { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT \(Self.programColumns) FROM programs WHERE workspace = ? AND reuse_key = ? ORDER BY revision",
                arguments: [workspace, key]
            ).map(Self.revision(from:))
        }
    }

    public func programRevision(workspace: String, key: String, revision: Int) async throws(DataStoreError)
        -> ProgramRevision?
    {
        try await read("reading revision \(revision) of \(key)") { db in
            try Row.fetchOne(
                db,
                sql:
                    "SELECT \(Self.programColumns) FROM programs WHERE workspace = ? AND reuse_key = ? AND revision = ?",
                arguments: [workspace, key, revision]
            ).map(Self.revision(from:))
        }
    }

    public func programKeys(workspace: String) async throws(DataStoreError) -> [String] {
        try await read("listing the keys of \(workspace)") { db in
            try String.fetchAll(
                db, sql: "SELECT DISTINCT reuse_key FROM programs WHERE workspace = ? ORDER BY reuse_key",
                arguments: [workspace])
        }
    }

    static let programColumns = "revision, source, saved_by, saved_at, reason"

    static func latest(_ db: Database, _ workspace: String, _ key: String) throws -> ProgramRevision? {
        try Row.fetchOne(
            db,
            sql: """
                SELECT \(programColumns) FROM programs WHERE workspace = ? AND reuse_key = ?
                ORDER BY revision DESC LIMIT 1
                """,
            arguments: [workspace, key]
        ).map(revision(from:))
    }

    static func revision(from row: Row) -> ProgramRevision {
        ProgramRevision(
            revision: row["revision"], source: row["source"], savedBy: row["saved_by"],
            savedAt: Millis.date(row["saved_at"] as Int64),
            reason: RevisionReason(rawValue: row["reason"]) ?? .created)
    }
}
