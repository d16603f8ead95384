import Foundation
import Testing
import WTStore

@Suite("Workspaces, keys and files")
struct WorkspaceIsolationTests {
    @Test("another workspace's task, program and file are nil", arguments: StoreBackend.all)
    func isolation(backend: StoreBackend) async throws {
        try await withStore(backend) { store, _ in
            try await store.insertTask(NewTask(id: "wt_a", workspace: "a", reuseKey: "k", input: "{}"))
            _ = try await store.saveProgram(
                NewProgramRevision(source: "# a", savedBy: "wt_a", reason: .created), workspace: "a", key: "k",
                expected: nil)
            let bytes = Data((0..<3000).map { UInt8($0 % 251) })
            let file = try await store.putFile(workspace: "a", contentType: "application/json", bytes: bytes)
            #expect(file.hasPrefix("file_"))

            #expect(try await store.task(workspace: "a", id: "wt_a") != nil)
            #expect(try await store.task(workspace: "b", id: "wt_a") == nil)
            #expect(try await store.currentProgram(workspace: "b", key: "k") == nil)
            #expect(try await store.programHistory(workspace: "b", key: "k").isEmpty)
            #expect(try await store.programKeys(workspace: "b").isEmpty)
            #expect(try await store.file(workspace: "b", id: file) == nil)
            let page = try await store.listTasks(workspace: "b", filter: TaskFilter(), limit: 10, cursor: nil)
            #expect(page.tasks.isEmpty)

            let stored = try #require(try await store.file(workspace: "a", id: file))
            #expect(stored.bytes == bytes && stored.contentType == "application/json")
            // The same key name in workspace b is another automation.
            let other = try await store.saveProgram(
                NewProgramRevision(source: "# b", savedBy: "wt_b", reason: .created), workspace: "b", key: "k",
                expected: nil)
            #expect(other.isSaved)
        }
    }

    @Test("an API key is found by its hash and listed by its prefix only", arguments: StoreBackend.all)
    func apiKeys(backend: StoreBackend) async throws {
        try await withStore(backend) { store, _ in
            let key = "wtk_live_3f9a8c7e6d5b4a39281706f5e4d3c2b1"
            let info = try await store.addAPIKey(key, workspace: "a")
            #expect(info.prefix == "wtk_live" && info.workspace == "a")
            try await store.addAPIKey("wtk_other_0123456789abcdef0123456789", workspace: "b")
            #expect(try await store.workspace(forAPIKey: key) == "a")
            #expect(try await store.workspace(forAPIKey: key + "x") == nil)
            #expect(try await store.workspace(forAPIKey: "wtk_live") == nil)
            #expect(try await store.apiKeys(workspace: "a").map(\.prefix) == ["wtk_live"])
            #expect(try await store.apiKeys(workspace: "c").isEmpty)
        }
    }

    @Test("no plain API key is anywhere in the SQLite database file")
    func keyHashedAtRest() async throws {
        try await withStore(.sqlite) { store, location in
            let key = "wtk_secret_9b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"
            try await store.addAPIKey(key, workspace: "a")
            await store.close()
            guard case .folder(let folder) = location else { throw Failure("not a folder") }
            var bytes = Data()
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                bytes += try Data(contentsOf: folder.appendingPathComponent(name))
            }
            #expect(!bytes.isEmpty)
            #expect(bytes.range(of: Data(key.utf8)) == nil)
            #expect(bytes.range(of: Data("9b1c2d3e4f5a".utf8)) == nil)
        }
    }

    @Test("the SQLite integrity check passes on a used store")
    func integrity() async throws {
        try await withStore(.sqlite) { store, location in
            guard case .folder(let folder) = location else { throw Failure("not a folder") }
            try await store.insertTask(NewTask(id: "wt_1", workspace: "a", reuseKey: nil, input: "{}"))
            let sqlite = try #require(store as? SQLiteStore)
            #expect(try await sqlite.integrityCheck() == ["ok"])
            #expect(try SQLiteStore.integrityCheck(directory: folder) == ["ok"])
        }
    }
}

extension ProgramSaveOutcome {
    var isSaved: Bool { if case .saved = self { true } else { false } }
}

@Suite("Opening a store")
struct StoreOpenerTests {
    @Test("a URL that is not postgres:// is refused with the form to write")
    func badURL() async throws {
        let cases = [
            "mysql://x:hunter2@h/db": "postgres://USER", "postgres://": "postgres://USER",
            "postgres://u@h/db?sslmode=allow": "sslmode=allow is not one of disable, prefer, require",
            "postgres://u@h/db?sslmode=verify-full&sslrootcert=/no/such/ca.pem":
                "sslrootcert=/no/such/ca.pem could not",
        ]
        for (url, says) in cases {
            do {
                let store = try await StoreOpener.open(store: url)
                await store.close()
                Issue.record("\(url) was accepted")
            } catch {
                #expect(error.kind == .badLocation)
                #expect(error.description.contains(says), "\(error.description)")
                #expect(!error.description.contains("hunter2"), "a password is shown: \(error.description)")
            }
        }
    }

    @Test("without a URL the embedded store opens in the data folder")
    func embedded() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-open-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try await StoreOpener.open(store: nil, dataDirectory: folder)
        await store.close()
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(SQLiteStore.fileName).path))
    }
}

extension StoreOpenerTests {
    @Test("a PostgreSQL server that does not answer is reported by its deadline, not waited on for ever")
    func unreachable() async throws {
        // Port 1 on loopback: nothing listens there, so every connection attempt is refused.
        do {
            let store = try await PostgresStore(url: "postgres://wtc@127.0.0.1:1/none", connectTimeout: .seconds(1))
            await store.close()
            Issue.record("a store opened with no server")
        } catch {
            #expect(error.description.contains("did not answer within 1.0 seconds"))
            #expect(error.description.contains("127.0.0.1:1"))
        }
    }
}
