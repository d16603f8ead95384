import Foundation
import GRDB
import Testing
import WTStore

/// Version 1 of the schema as wtc first shipped it, written by hand: migrations must bring a database like
/// this forward with its rows intact. (Frozen here on purpose: it must not follow later edits.)
enum SchemaV1 {
    static let tables = [
        "CREATE TABLE workspaces (id TEXT PRIMARY KEY, created_at BIGINT NOT NULL)",
        "CREATE TABLE api_keys (hash TEXT PRIMARY KEY, prefix TEXT NOT NULL, workspace TEXT NOT NULL, created_at BIGINT NOT NULL)",
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
    ]

    static func files(blob: String) -> String {
        "CREATE TABLE files (id TEXT PRIMARY KEY, workspace TEXT NOT NULL, content_type TEXT NOT NULL, "
            + "bytes \(blob) NOT NULL, created_at BIGINT NOT NULL)"
    }

    static let rows = [
        "INSERT INTO workspaces VALUES ('ws1', 1700000000000)",
        """
        INSERT INTO tasks (id, workspace, reuse_key, input, status, created_at)
        VALUES ('wt_old', 'ws1', 'k1', '{"task":"old"}', 'pending', 1700000000000)
        """,
        """
        INSERT INTO programs VALUES ('ws1', 'k1', 1, 'goto "https://example.com"', 'wt_first', 1700000000000,
            'created')
        """,
    ]

    /// Writes a v1 database at `location` as an older wtc would have left it.
    static func create(at location: StoreLocation) async throws {
        switch location {
        case .folder(let folder):
            let queue = try DatabaseQueue(path: folder.appendingPathComponent(SQLiteStore.fileName).path)
            try await queue.write { db in
                for sql in tables + [files(blob: "BLOB")] + rows { try db.execute(sql: sql) }
                try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v1')")
            }
            try queue.close()
        case .postgres(let url):
            let bookkeeping = [
                "CREATE TABLE wtc_migrations (version BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL)",
                "INSERT INTO wtc_migrations VALUES (1, 1700000000000)",
            ]
            try await TestCluster.execute(tables + [files(blob: "BYTEA")] + rows + bookkeeping, on: url)
        }
    }

    /// How many migrations the database at `location` records.
    static func appliedVersions(_ location: StoreLocation) async throws -> Int {
        switch location {
        case .folder(let folder):
            let queue = try DatabaseQueue(path: folder.appendingPathComponent(SQLiteStore.fileName).path)
            defer { try? queue.close() }
            return try await queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM grdb_migrations") ?? 0 }
        case .postgres(let url):
            let count = try await TestCluster.strings("SELECT COUNT(*)::text FROM wtc_migrations", on: url)
            return Int(count.first ?? "") ?? 0
        }
    }

    /// Marks the database at `location` as migrated by a newer wtc.
    static func markNewer(_ location: StoreLocation) async throws {
        switch location {
        case .folder(let folder):
            let queue = try DatabaseQueue(path: folder.appendingPathComponent(SQLiteStore.fileName).path)
            try await queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99')") }
            try queue.close()
        case .postgres(let url):
            try await TestCluster.execute(["INSERT INTO wtc_migrations VALUES (99, 1800000000000)"], on: url)
        }
    }
}

@Suite("Store migrations")
struct MigrationTests {
    @Test("a fresh store is created at the newest schema and works", arguments: StoreBackend.all)
    func fresh(backend: StoreBackend) async throws {
        try await withStore(backend) { store, location in
            try await store.insertTask(NewTask(id: "wt_1", workspace: "ws", reuseKey: nil, input: "{}"))
            #expect(try await store.claimNextTask(worker: "w1")?.attempts == 1)
            // Reopening an up-to-date store migrates nothing and keeps the rows.
            let again = try await location.open()
            #expect(try await again.task(workspace: "ws", id: "wt_1")?.status == .started)
            await again.close()
        }
    }

    @Test("a database from an older wtc is migrated on open with its rows kept", arguments: StoreBackend.all)
    func older(backend: StoreBackend) async throws {
        let location = try await backend.freshLocation()
        defer { location.remove() }
        try await SchemaV1.create(at: location)
        let store = try await location.open()
        let old = try #require(try await store.task(workspace: "ws1", id: "wt_old"))
        #expect(old.input == #"{"task":"old"}"#)
        #expect(old.status == .pending && old.attempts == 0 && old.claimedBy == nil)
        #expect(try await store.currentProgram(workspace: "ws1", key: "k1")?.savedBy == "wt_first")
        // The columns version 2 added work on the old row.
        let claimed = try #require(try await store.claimNextTask(worker: "w1"))
        #expect(claimed.id == "wt_old" && claimed.attempts == 1 && claimed.claimedBy == "w1")
        await store.close()
    }

    @Test("a database from a newer wtc is refused with a clear error", arguments: StoreBackend.all)
    func newer(backend: StoreBackend) async throws {
        let location = try await backend.freshLocation()
        defer { location.remove() }
        let store = try await location.open()
        try await store.insertTask(NewTask(id: "wt_kept", workspace: "ws", reuseKey: nil, input: "{}"))
        await store.close()
        try await SchemaV1.markNewer(location)
        do {
            let refused = try await location.open()
            await refused.close()
            Issue.record("a database from a newer wtc was opened")
        } catch let error as DataStoreError {
            #expect(error.kind == .newerSchema)
            #expect(error.description.contains("newer wtc"))
        }
    }

    @Test("several servers opening one new database together migrate it once", arguments: StoreBackend.all)
    func concurrentOpen(backend: StoreBackend) async throws {
        let location = try await backend.freshLocation()
        defer { location.remove() }
        let stores = try await withThrowingTaskGroup(of: (any DataStore).self) { group in
            for _ in 0..<4 { group.addTask { try await location.open() } }
            var stores: [any DataStore] = []
            for try await store in group { stores.append(store) }
            return stores
        }
        try await stores[0].insertTask(NewTask(id: "wt_1", workspace: "ws", reuseKey: nil, input: "{}"))
        #expect(try await stores[3].task(workspace: "ws", id: "wt_1") != nil)
        for store in stores { await store.close() }
        #expect(try await SchemaV1.appliedVersions(location) == 3, "v1, v2 and v3 (run reports), each once")
    }
}
