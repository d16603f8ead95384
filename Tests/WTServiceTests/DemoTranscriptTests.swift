import CDP
import Foundation
import Testing
import WTAgent
import WTEngine
import WTService
import WTTestSupport
import WTTrace

/// The README's offline demo plays `samples/quotes/agent/transcript.jsonl`, a conversation recorded by
/// playing the scripted model through the real loop (the classification call, then the quotes
/// exploration). `WTC_RECORD=1` records it again from the script; every run checks that it replays.
@Suite(
    "The demo's recorded conversation", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct DemoTranscriptTests {
    static let transcript = Paths.samples.appendingPathComponent("quotes/agent/transcript.jsonl")
    static let task = "Collect every quote tagged love, with its author and tags"

    @Test("replayed through the real loop it explores, saves a program, and the second run calls no model")
    func replays() async throws {
        if ProcessInfo.processInfo.environment["WTC_RECORD"] == "1" { try await record() }
        let site = try SampleSites.server("quotes")
        try site.start()
        defer { site.stop() }
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-demo-\(UUID())")
        defer { try? FileManager.default.removeItem(at: data) }
        let replay = try TranscriptReplayClient(file: Self.transcript.path)
        let first = try await run(site: site, data: data, client: replay)
        #expect(first.succeeded, "\(first.error?.message ?? "")")
        // Its refs were those of the page view when it was recorded: a change to the view renumbers them, and
        // then this fails — record it again with WTC_RECORD=1.
        #expect(first.result?.isSame(as: try ExplorationHarness.expected("quotes")) == true, "stale transcript?")
        #expect(first.reuse.created && first.ledger.backend?.contains("transcript replay") == true)
        #expect(replay.played == first.ledger.modelCalls)
        let idle = try TranscriptReplayClient(file: Self.transcript.path)
        let second = try await run(site: site, data: data, client: idle)
        #expect(second.reuse.used && second.ledger.modelCalls == 0 && idle.played == 0)
        #expect(second.result?.isSame(as: first.result ?? .null) == true)
    }

    private func run(site: LoopbackServer, data: URL, client: any ModelClient) async throws -> RunReport {
        let input = TaskInput(task: Self.task, startURL: site.url("/tag/love/"))
        let catalog = ModelCatalog.builtIn
        let request = TaskSetup.request(input, catalog: catalog)
        var runner = LocalRun(
            store: try WorkspacePrograms.embedded(in: data),
            engine: Engine.Options(runDirectory: data.appendingPathComponent("run")),
            services: TaskSetup.services(input, client: client, catalog: catalog))
        runner.classifierModel = catalog.modelID(for: "haiku")
        return await runner.run(LocalRun.Input(agent: request, reuseKey: "demo-quotes", task: input))
    }

    /// Plays the classification and the quotes script through the real loop, recording every exchange.
    private func record() async throws {
        try? FileManager.default.removeItem(at: Self.transcript)
        try FileManager.default.createDirectory(
            at: Self.transcript.deletingLastPathComponent(), withIntermediateDirectories: true)
        let site = try SampleSites.server("quotes")
        try site.start()
        defer { site.stop() }
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-demo-record-\(UUID())")
        defer { try? FileManager.default.removeItem(at: data) }
        let classify = AgentScripts.call(
            "classify", #"{"verdict": "ok", "reason": "Reading public quotes from a web page is web automation."}"#,
            turn: 0)
        try await withFakeModelServer([classify] + AgentScripts.quotes) { model in
            let live = AnthropicClient(configuration: AnthropicConfiguration(baseURL: model.baseURL, apiKey: "demo"))
            let report = try await run(
                site: site, data: data, client: TranscriptRecorder(wrapping: live, file: Self.transcript.path))
            model.expectScriptPlayed()
            #expect(report.succeeded && report.reuse.created)
        }
        Issue.record("WTC_RECORD=1: \(Self.transcript.path) was recorded again; run without it to check it")
    }
}
