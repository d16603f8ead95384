import Foundation
import GRDB

/// The embedded store: one SQLite database, `wtc.sqlite` in the data folder, opened as a GRDB
/// `DatabasePool` in WAL mode (readers never wait for the writer). Several processes may open the same
/// folder: writes that must not interleave (claims, compare-and-swap saves, leases) run in `BEGIN IMMEDIATE`
/// transactions, and a busy database is waited on for up to 30 seconds.
///
/// Result files are kept as blobs in the database rather than as files beside it: one file to back up, a
/// file and the task that points at it are written atomically, and a kill -9 cannot leave a half-written
/// or orphaned file behind. Results above the inline limit are megabytes, which SQLite stores well.
public final class SQLiteStore: DataStore {
    /// The database file's name inside the data folder.
    public static let fileName = "wtc.sqlite"

    let pool: DatabasePool
    let now: @Sendable () -> Date
    /// How long a per-key writer lease lasts without renewal; renewed every third of it while held.
    let leaseDuration: Duration
    /// The database file.
    public let path: String

    /// Opens (creating if needed) the store in `directory`, migrating an older database forward.
    /// `now` is the clock for every stored time (tests pass their own).
    public init(
        directory: URL, leaseDuration: Duration = .seconds(30), now: @escaping @Sendable () -> Date = { Date() }
    ) throws(DataStoreError) {
        let path = directory.appendingPathComponent(Self.fileName).path
        self.path = path
        self.now = now
        self.leaseDuration = leaseDuration
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.busyMode = .timeout(30)
            let pool = try DatabasePool(path: path, configuration: configuration)
            try SQLiteSchema.migrate(pool, location: path)
            self.pool = pool
        } catch {
            throw DataStoreError.database("opening the SQLite store at \(path)", error)
        }
    }

    /// `PRAGMA integrity_check` on the database in `directory` without migrating it or starting a store: for
    /// crash tests, right after a kill -9 and before anything repairs the data. `["ok"]` for a sound database.
    public static func integrityCheck(directory: URL) throws(DataStoreError) -> [String] {
        let path = directory.appendingPathComponent(fileName).path
        do {
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            return try queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        } catch {
            throw DataStoreError.database("checking \(path)", error)
        }
    }

    /// `PRAGMA integrity_check`: `["ok"]` for a sound database, otherwise the problems SQLite found.
    public func integrityCheck() async throws(DataStoreError) -> [String] {
        try await guarded("checking \(path)") {
            try await pool.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        }
    }

    public func close() async {
        try? pool.close()
    }

    /// Runs `body` in a `BEGIN IMMEDIATE` transaction: it holds SQLite's write lock from the start, so a
    /// read-then-write (claim, compare-and-swap, lease) cannot interleave with another process's.
    func immediate<T: Sendable>(_ doing: String, _ body: @escaping @Sendable (Database) throws -> T)
        async throws(DataStoreError) -> T
    {
        try await guarded(doing) {
            try await pool.writeWithoutTransaction { db in
                var value: T?
                try db.inTransaction(.immediate) {
                    value = try body(db)
                    return .commit
                }
                guard let value else { throw DataStoreError(.database, doing) }
                return value
            }
        }
    }

    func read<T: Sendable>(_ doing: String, _ body: @escaping @Sendable (Database) throws -> T)
        async throws(DataStoreError) -> T
    {
        try await guarded(doing) { try await pool.read(body) }
    }

    var nowMillis: Int64 { Millis.of(now()) }
}

extension SQLiteStore {
    public func ensureWorkspace(_ workspace: String) async throws(DataStoreError) {
        let at = nowMillis
        try await immediate("creating workspace \(workspace)") { db in
            try db.execute(
                sql: "INSERT INTO workspaces (id, created_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING",
                arguments: [workspace, at])
        }
    }

    public func addAPIKey(_ key: String, workspace: String) async throws(DataStoreError) -> APIKeyInfo {
        try await ensureWorkspace(workspace)
        let info = APIKeyInfo(workspace: workspace, prefix: KeyHash.prefix(key), createdAt: Millis.date(nowMillis))
        let hash = KeyHash.sha256(key)
        try await immediate("adding an API key to \(workspace)") { db in
            try db.execute(
                sql: """
                    INSERT INTO api_keys (hash, prefix, workspace, created_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (hash) DO UPDATE SET workspace = excluded.workspace
                    """,
                arguments: [hash, info.prefix, workspace, Millis.of(info.createdAt)])
        }
        return info
    }

    public func workspace(forAPIKey key: String) async throws(DataStoreError) -> String? {
        let hash = KeyHash.sha256(key)
        return try await read("looking up an API key") { db in
            try String.fetchOne(db, sql: "SELECT workspace FROM api_keys WHERE hash = ?", arguments: [hash])
        }
    }

    public func apiKeys(workspace: String) async throws(DataStoreError) -> [APIKeyInfo] {
        try await read("listing the keys of \(workspace)") { db in
            try Row.fetchAll(
                db, sql: "SELECT prefix, created_at FROM api_keys WHERE workspace = ? ORDER BY created_at, prefix",
                arguments: [workspace]
            ).map { APIKeyInfo(workspace: workspace, prefix: $0["prefix"], createdAt: Millis.date($0["created_at"])) }
        }
    }

    public func putFile(workspace: String, contentType: String, bytes: Data) async throws(DataStoreError) -> String {
        let id = StoreIDs.random("file_")
        let at = nowMillis
        try await immediate("storing a result file") { db in
            try db.execute(
                sql: "INSERT INTO files (id, workspace, content_type, bytes, created_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [id, workspace, contentType, bytes, at])
        }
        return id
    }

    public func file(workspace: String, id: String) async throws(DataStoreError) -> ResultFile? {
        try await read("reading result file \(id)") { db in
            try Row.fetchOne(
                db, sql: "SELECT content_type, bytes, created_at FROM files WHERE id = ? AND workspace = ?",
                arguments: [id, workspace]
            ).map {
                ResultFile(
                    id: id, workspace: workspace, contentType: $0["content_type"], bytes: $0["bytes"],
                    createdAt: Millis.date($0["created_at"]))
            }
        }
    }
}
