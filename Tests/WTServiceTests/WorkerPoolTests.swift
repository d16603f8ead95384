import CDP
import Foundation
import Testing
import WTAgent
import WTDiagnostics
import WTEngine
import WTService
import WTStore
import WTTestSupport
import WTTrace

/// The execution model behind the API: tasks queued in the real SQLite store, claimed by a worker pool and
/// run by `WebTaskService` with the demo's recorded conversation on the bundled quotes site.
@Suite(
    "Worker pool", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct WorkerPoolTests {
    static let workspace = "ws_test"

    @Test("a task explores and saves, the same task again replays with no model, a pending task cancels")
    func exploreThenReplay() async throws {
        let site = try SampleSites.server("quotes")
        try site.start()
        defer { site.stop() }
        try await AgentTestKit.withFolder("wtc-pool") { folder in
            let store = try SQLiteStore(directory: folder)
            let service = Self.service(store, folder: folder)
            let input = TaskInput(task: DemoTranscriptTests.task, startURL: site.url("/tag/love/"), reuseKey: "quotes")
            let first = try await service.start(workspace: Self.workspace, input: input)
            #expect(first.status == .pending && first.reuseKey == "quotes")
            let done = try await Self.withPool(service) { try await Self.completed(store, first.id) }
            #expect(done.outcome == .success, "\(done.error ?? "")")
            let reuse = try Self.json(done.reuse)
            #expect(reuse["created"] == .bool(true) && reuse["revision_id"] == .string(first.id))
            #expect(try Self.json(done.result).isSame(as: try ExplorationHarness.expected("quotes")))

            let second = try await service.start(workspace: Self.workspace, input: input)
            let canceled = try await service.start(workspace: Self.workspace, input: input)
            #expect(try await store.cancelTask(workspace: Self.workspace, id: canceled.id) == .canceled)
            let again = try await Self.withPool(service) { try await Self.completed(store, second.id) }
            #expect(try Self.json(again.reuse)["used"] == .bool(true))
            #expect(try Self.json(again.cost)["aiUsd"] == .number(0))
            #expect(try Self.json(again.ledger)["modelCalls"] == .number(0))
            #expect(try await store.task(workspace: Self.workspace, id: canceled.id)?.status == .canceled)
            #expect(try await store.task(workspace: "other", id: second.id) == nil)
            #expect(try await store.programHistory(workspace: Self.workspace, key: "quotes").count == 1)
        }
    }

    @Test("50 tasks on one key with 8 workers: one explores and saves, the other 49 replay its revision")
    func fiftyOnOneKey() async throws {
        let site = try SampleSites.server("quotes")
        try site.start()
        defer { site.stop() }
        try await AgentTestKit.withFolder("wtc-pool-50") { folder in
            let store = try SQLiteStore(directory: folder)
            let service = Self.service(store, folder: folder)
            let input = TaskInput(task: DemoTranscriptTests.task, startURL: site.url("/tag/love/"), reuseKey: "busy")
            var ids: [String] = []
            for _ in 0..<50 { ids.append(try await service.start(workspace: Self.workspace, input: input).id) }
            let done = try await Self.withPool(service, workers: 8) {
                var done: [TaskRecord] = []
                for id in ids { done.append(try await Self.completed(store, id)) }
                return done
            }
            #expect(done.allSatisfy { $0.outcome == .success }, "\(done.compactMap(\.error))")
            let reuses = try done.map { try Self.json($0.reuse) }
            #expect(reuses.filter { $0["created"] == .bool(true) }.count == 1)
            #expect(reuses.filter { $0["used"] == .bool(true) }.count == 49)
            #expect(try await store.programHistory(workspace: Self.workspace, key: "busy").map(\.revision) == [1])
        }
    }

    @Test("a secret never reaches the store: the stored input masks it, and a task whose secrets are gone fails")
    func secretsStayInMemory() async throws {
        try await AgentTestKit.withFolder("wtc-pool-secret") { folder in
            let store = try SQLiteStore(directory: folder)
            let service = Self.service(store, folder: folder)
            let input = TaskInput(
                task: "Sign in and read the account", startURL: "http://127.0.0.1:9/login",
                parameters: [.init("password", .string("hunter2-very-secret"))], secrets: ["password"])
            let task = try await service.start(workspace: Self.workspace, input: input)
            #expect(!task.input.contains("hunter2"), "\(task.input)")
            // Another process (a fresh vault) claims it: the values are not there, and the run says so.
            let elsewhere = WebTaskService(store: store, configuration: service.configuration)
            let claimed = try #require(try await store.claimNextTask(worker: "other-process"))
            let completion = await elsewhere.run(claimed)
            #expect(completion.outcome == .failed)
            #expect(try Self.json(completion.error)["details"]?["reason"] == .string("secrets-unavailable"))
            let bytes = try Self.allBytes(in: folder)
            #expect(bytes.range(of: Data("hunter2".utf8)) == nil)
        }
    }

    /// A service on `store` whose runs play the demo's recorded conversation.
    static func service(_ store: any DataStore, folder: URL) -> WebTaskService {
        let transcript = DemoTranscriptTests.transcript.path
        return WebTaskService(
            store: store,
            configuration: .init(
                catalog: .builtIn, client: { _ throws(ModelError) in try TranscriptReplayClient(file: transcript) },
                engine: Engine.Options(runDirectory: folder), runsDirectory: folder.appendingPathComponent("runs")))
    }

    /// Runs a pool of `workers` workers while `body` runs, then stops it.
    static func withPool<T: Sendable>(
        _ service: WebTaskService, workers: Int = 2, _ body: () async throws -> T
    ) async throws -> T {
        var pool = WorkerPool(service: service, workers: workers, name: "test")
        pool.pollInterval = .milliseconds(50)
        let running = Task { [pool] in await pool.run() }
        defer { running.cancel() }
        let value = try await body()
        running.cancel()
        await running.value
        return value
    }

    /// The task once completed (or canceled), polling the store; fails after two minutes.
    static func completed(_ store: any DataStore, _ id: String) async throws -> TaskRecord {
        let deadline = ContinuousClock.now + .seconds(120)
        while ContinuousClock.now < deadline {
            if let task = try await store.task(workspace: workspace, id: id),
                task.status == .completed || task.status == .canceled
            {
                return task
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw TimedOut(id: id)
    }

    struct TimedOut: Error { var id: String }

    static func json(_ text: String?) throws -> JSONValue {
        JSONValue(try PositionedJSON.parse(Array((text ?? "null").utf8)))
    }

    static func allBytes(in folder: URL) throws -> Data {
        var all = Data()
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            if let data = try? Data(contentsOf: url) { all.append(data) }
        }
        return all
    }
}
