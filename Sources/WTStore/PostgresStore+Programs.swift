import Foundation
import PostgresNIO

extension PostgresStore {
    public func currentProgram(workspace: String, key: String) async throws(DataStoreError) -> ProgramRevision? {
        let found = try await rows(
            "reading the program of \(key)",
            """
            SELECT \(unescaped: Self.programColumns) FROM programs WHERE workspace = \(workspace)
            AND reuse_key = \(key) ORDER BY revision DESC LIMIT 1
            """)
        return try await revisions(found).first
    }

    public func saveProgram(_ program: NewProgramRevision, workspace: String, key: String, expected: Int?)
        async throws(DataStoreError) -> ProgramSaveOutcome
    {
        let saved = ProgramRevision(
            revision: (expected ?? 0) + 1, source: program.source, savedBy: program.savedBy,
            savedAt: Millis.date(nowMillis), reason: program.reason)
        do {
            return try await client.withTransaction(logger: logger) { connection in
                try await Self.save(saved, workspace: workspace, key: key, expected: expected, on: connection)
            }
        } catch  where Self.isUniqueViolation(error) {
            // Another transaction inserted the same revision first and committed: this save lost the race.
            guard let current = try await currentProgram(workspace: workspace, key: key) else {
                throw DataStoreError.database("saving a revision of \(key)", Self.unwrap(error))
            }
            return .superseded(current: current)
        } catch {
            throw DataStoreError.database("saving a revision of \(key)", Self.unwrap(error))
        }
    }

    /// The compare-and-swap inside the transaction: read the latest revision, insert the next one if it is
    /// still `expected`. Two transactions that both read the same latest revision both insert the same
    /// revision number; the primary key lets one commit and fails the other.
    static func save(
        _ saved: ProgramRevision, workspace: String, key: String, expected: Int?, on connection: PostgresConnection
    ) async throws -> ProgramSaveOutcome {
        var latest: [PostgresRandomAccessRow] = []
        let query: PostgresQuery = """
            SELECT \(unescaped: programColumns) FROM programs WHERE workspace = \(workspace) AND reuse_key = \(key)
            ORDER BY revision DESC LIMIT 1
            """
        for try await row in try await connection.query(query, logger: connection.logger) {
            latest.append(row.makeRandomAccess())
        }
        if let row = latest.first {
            let current = try revision(from: row)
            if current.revision != expected { return .superseded(current: current) }
        } else if let expected {
            throw DataStoreError(.conflict, StoreMessages.noSuchRevision(key, expected: expected))
        }
        try await connection.query(
            """
            INSERT INTO programs (workspace, reuse_key, revision, source, saved_by, saved_at, reason)
            VALUES (\(workspace), \(key), \(saved.revision), \(saved.source), \(saved.savedBy),
                \(Millis.of(saved.savedAt)), \(saved.reason.rawValue))
            """, logger: connection.logger)
        return .saved(saved)
    }

    public func programHistory(workspace: String, key: String) async throws(DataStoreError) -> [ProgramRevision] {
        let found = try await rows(
            "reading the history of \(key)",
            """
            SELECT \(unescaped: Self.programColumns) FROM programs WHERE workspace = \(workspace)
            AND reuse_key = \(key) ORDER BY revision
            """)
        return try await revisions(found)
    }

    public func programRevision(workspace: String, key: String, revision: Int) async throws(DataStoreError)
        -> ProgramRevision?
    {
        let found = try await rows(
            "reading revision \(revision) of \(key)",
            """
            SELECT \(unescaped: Self.programColumns) FROM programs WHERE workspace = \(workspace)
            AND reuse_key = \(key) AND revision = \(revision)
            """)
        return try await revisions(found).first
    }

    public func programKeys(workspace: String) async throws(DataStoreError) -> [String] {
        let found = try await rows(
            "listing the keys of \(workspace)",
            "SELECT DISTINCT reuse_key FROM programs WHERE workspace = \(workspace) ORDER BY reuse_key")
        return try await guarded("reading keys") { try found.map { try $0.get("reuse_key", as: String.self) } }
    }

    static let programColumns = "revision, source, saved_by, saved_at, reason"

    func revisions(_ rows: [PostgresRandomAccessRow]) async throws(DataStoreError) -> [ProgramRevision] {
        try await guarded("reading revisions") { try rows.map(Self.revision(from:)) }
    }

    static func revision(from row: PostgresRandomAccessRow) throws -> ProgramRevision {
        ProgramRevision(
            revision: try row.get("revision"), source: try row.get("source"), savedBy: try row.get("saved_by"),
            savedAt: Millis.date(try row.get("saved_at", as: Int64.self)),
            reason: RevisionReason(rawValue: try row.get("reason")) ?? .created)
    }
}
