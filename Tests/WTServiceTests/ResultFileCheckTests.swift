import CDP
import Foundation
import Testing
import WTAgent
import WTEngine
import WTService
import WTTestSupport
import WTTrace

/// The service's result check runs before a new program is saved: an exploration whose downloaded file
/// cannot be kept fails and leaves its key without a revision, as every failed run must.
@Suite(
    "Result check before saving", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct ResultFileCheckTests {
    @Test("an exploration whose CSV is over the limit fails with file-too-large and saves no program")
    func explorationNotSaved() async throws {
        let site = try SampleSites.server("challenge")
        try site.start()
        defer { site.stop() }
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-store-\(UUID())")
        defer { try? FileManager.default.removeItem(at: data) }
        let store = try WorkspacePrograms.embedded(in: data)
        // The task the challenge's recorded conversation answers (SampleExplorationTests).
        let request = ExplorationHarness.request(
            "Open the report waiting for review, read its status, publish it if it is a draft, and return its "
                + "details and the downloaded report", start: site.url("/challenge"))
        defer { try? FileManager.default.removeItem(at: request.engine.runDirectory) }
        let replay = try TranscriptReplayClient(file: ExplorationHarness.transcript("challenge").path)
        var runner = LocalRun(store: store, engine: request.engine, services: ExplorationHarness.services(replay))
        let files = ResultFiles(runDirectory: request.engine.runDirectory, sizeLimit: 100)
        runner.resultCheck = { files.check($0) }
        let report = await runner.run(LocalRun.Input(agent: request.agent, reuseKey: "challenge"))
        #expect(replay.isFinished, "the agent stopped early: \(report.error?.message ?? "")")
        #expect(!report.succeeded && report.result == nil)
        #expect(report.error?.reason == "file-too-large", "\(report.error?.message ?? "no error")")
        #expect(!report.reuse.updated && !report.reuse.created)
        #expect(try await store.current(key: "challenge") == nil)
        // The same exploration with room for the file saves its program.
        let again = try TranscriptReplayClient(file: ExplorationHarness.transcript("challenge").path)
        runner.services = ExplorationHarness.services(again)
        runner.resultCheck = { ResultFiles(runDirectory: request.engine.runDirectory, sizeLimit: 1 << 20).check($0) }
        let saved = await runner.run(LocalRun.Input(agent: request.agent, reuseKey: "challenge"))
        #expect(saved.succeeded && saved.reuse.created, "\(saved.error?.message ?? saved.ledger.whyNotSaved ?? "")")
        #expect(try await store.current(key: "challenge")?.revision == 1)
    }
}
