import CDP
import Foundation
import Testing
import WTAgent
import WTEngine
import WTService
import WTStore
import WTTestSupport

/// The worker pool's runs on one shared browser: every worker's browser run takes a context of it.
@Suite(
    "Worker pool on a shared browser", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct SharedBrowserPoolTests {
    /// A saved program that must run in the browser, so every replay needs a context.
    static let program = """
        program "love"
        mode browser

        param start_url: url

        output quotes: [{ text: string, author: string }]

        open start_url
        extract quotes = each ".quote" {
          text = text ".text"
          author = text "small.author"
        }
        """

    @Test("eight browser replays by four workers use one browser, and no context outlives its run")
    func poolSharesOneBrowser() async throws {
        let site = try SampleSites.server("quotes")
        try site.start()
        defer { site.stop() }
        try await AgentTestKit.withFolder("wtc-pool-shared") { folder in
            let store = try SQLiteStore(directory: folder)
            let shared = SharedBrowser()
            var service = WorkerPoolTests.service(store, folder: folder)
            var configuration = service.configuration
            configuration.engine.sharedBrowser = shared
            service = WebTaskService(store: store, configuration: configuration, vault: service.vault)
            let saved = NewProgramRevision(source: Self.program, savedBy: "test", reason: .imported)
            _ = try await store.saveProgram(saved, workspace: WorkerPoolTests.workspace, key: "love", expected: nil)
            let input = TaskInput(task: DemoTranscriptTests.task, startURL: site.url("/tag/love/"), reuseKey: "love")
            var ids: [String] = []
            for _ in 0..<8 {
                ids.append(try await service.start(workspace: WorkerPoolTests.workspace, input: input).id)
            }
            let done = try await WorkerPoolTests.withPool(service, workers: 4) {
                var done: [TaskRecord] = []
                for id in ids { done.append(try await WorkerPoolTests.completed(store, id)) }
                return done
            }
            #expect(done.allSatisfy { $0.outcome == .success }, "\(done.compactMap(\.error))")
            #expect(try done.allSatisfy { try WorkerPoolTests.json($0.reuse)["used"] == .bool(true) })
            #expect(await shared.starts == 1)
            #expect(await shared.contextsInUse == 0)
            let contexts = try await shared.current().session.send(Target.GetBrowserContexts()).browserContextIds
            #expect(contexts.isEmpty)
            await shared.close()
        }
    }
}
