import CDP
import Foundation
import Testing
import WTAgent
import WTEngine
import WTService
import WTStore
import WTTestSupport
import WTTrace

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A program's downloaded `file` output through the service, in real Chromium on the bundled challenge site:
/// stored in the workspace's result files before the run's folder goes, or the run failed when it cannot be.
@Suite(
    "Downloaded files through the service", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct ResultFileRunTests {
    static let workspace = WorkerPoolTests.workspace
    static let key = "challenge"
    /// Where the challenge site serves the CSV of the report waiting for review.
    static let csvPath = "/challenge/reports/lighthouse-survey/download"

    @Test("a replayed program's CSV is stored in the workspace, byte for byte, and the result holds a reference")
    func storedThroughPool() async throws {
        try await withChallenge { site, store, service, folder in
            let task = try await service.start(workspace: Self.workspace, input: Self.input(site))
            let done = try await WorkerPoolTests.withPool(service) {
                try await WorkerPoolTests.completed(store, task.id)
            }
            #expect(done.outcome == .success, "\(done.error ?? "")")
            let result = try WorkerPoolTests.json(done.result)
            let reference = try #require(StoredFileReference(result["report"] ?? .null), "\(result.jsonText)")
            let served = try await Self.download(site.url(Self.csvPath))
            #expect(reference.name == "report.csv" && reference.contentType == "text/csv")
            #expect(reference.sizeBytes == Int64(served.count))
            let file = try #require(try await store.file(workspace: Self.workspace, id: reference.fileId))
            #expect(file.bytes == served && file.contentType == "text/csv")
            #expect(try await store.file(workspace: "another", id: reference.fileId) == nil)
            #expect(result["status"] == .string("draft"))
            let runFolder = folder.appendingPathComponent("runs").appendingPathComponent(task.id)
            #expect(!FileManager.default.fileExists(atPath: runFolder.path))
        }
    }

    @Test("a CSV over the configured limit fails the run with file-too-large and stores none of it")
    func overLimit() async throws {
        try await withChallenge { site, store, service, folder in
            var configuration = service.configuration
            configuration.fileLimit = 100
            let limited = WebTaskService(store: store, configuration: configuration)
            let task = try await limited.start(workspace: Self.workspace, input: Self.input(site))
            let done = try await WorkerPoolTests.withPool(limited) {
                try await WorkerPoolTests.completed(store, task.id)
            }
            #expect(done.outcome == .failed && done.result == nil && done.resultFile == nil)
            let error = try WorkerPoolTests.json(done.error)
            #expect(error["code"] == .string("internal-error"))
            #expect(error["details"]?["reason"] == .string("file-too-large"), "\(error.jsonText)")
            let served = try await Self.download(site.url(Self.csvPath))
            #expect(try WorkerPoolTests.allBytes(in: folder).range(of: served) == nil)
            #expect(try await store.programHistory(workspace: Self.workspace, key: Self.key).count == 1)
        }
    }

    /// The challenge site, a store whose workspace has the challenge program under `key`, and a service.
    func withChallenge(
        _ body: (LoopbackServer, SQLiteStore, WebTaskService, URL) async throws -> Void
    ) async throws {
        let site = try SampleSites.server("challenge")
        try site.start()
        defer { site.stop() }
        try await AgentTestKit.withFolder("wtc-result-file") { folder in
            let store = try SQLiteStore(directory: folder)
            let saved = try await store.saveProgram(
                NewProgramRevision(source: try Self.program(), savedBy: "wt_imported", reason: .imported),
                workspace: Self.workspace, key: Self.key, expected: nil)
            guard case .saved = saved else { throw WorkerPoolTests.TimedOut(id: "program not saved") }
            try await body(site, store, WorkerPoolTests.service(store, folder: folder), folder)
        }
    }

    static func input(_ site: LoopbackServer) -> TaskInput {
        TaskInput(
            task: "Publish the report waiting for review and download its CSV", startURL: site.url("/challenge"),
            reuseKey: key)
    }

    /// The challenge sample's program, opening the start URL each run is given.
    static func program() throws -> String {
        let sample = Paths.samples.appendingPathComponent("challenge/program.wt")
        return try String(contentsOf: sample, encoding: .utf8)
            .replacingOccurrences(of: #"param base_url: url = "http://127.0.0.1:8000""#, with: "param start_url: url")
            .replacingOccurrences(of: #"open "{base_url}/challenge""#, with: #"open "{start_url}""#)
    }

    /// What the site serves at `url`, fetched directly.
    static func download(_ url: String) async throws -> Data {
        let (data, _) = try await URLSession.shared.data(from: try #require(URL(string: url)))
        return data
    }
}
