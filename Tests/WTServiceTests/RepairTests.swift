import CDP
import Foundation
import Testing
import WTAgent
import WTEngine
import WTService
import WTTestSupport
import WTTrace

/// A saved program meets the v2 of its site: the run repairs it from the failing step, saves the repaired
/// revision only after a clean replay, and the next run on v2 replays it with no model.
@Suite(
    "Repair", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct RepairTests {
    @Test("quotes v2 by hand: the model redoes the rest of the task, and the combined trace compiles")
    func quotesV2ByHand() async throws {
        try await repairV2(script: AgentScripts.quotesV2Repair, label: "by hand")
    }

    @Test("quotes v2 mended: the model retargets the remaining steps and hands the page back to them")
    func quotesV2Mended() async throws {
        let saved = try await repairV2(script: AgentScripts.quotesV2Mend, label: "mended")
        print("the mended program:\n\(saved)")
        #expect(saved.contains("repeat"), "the program's own loop stays:\n\(saved)")
        #expect(saved.contains("li.older > a") && !saved.contains("li.next"))
    }

    /// Explores v1, then runs on v2 with `script` as the repairing model; the saved repaired program.
    @discardableResult
    private func repairV2(script: [FakeModelTurn], label: String) async throws -> String {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-store-\(UUID())")
        defer { try? FileManager.default.removeItem(at: data) }
        let store = try WorkspacePrograms.embedded(in: data)
        let v1 = try SampleSites.server("quotes")
        try v1.start()
        let first = try await run(store, site: v1, script: AgentScripts.quotes)
        v1.stop()
        #expect(first.report.reuse.created)
        let v2 = try SampleSiteRevisions.server("quotes", revision: 2)
        try v2.start()
        defer { v2.stop() }
        let repaired = try await run(store, site: v2, script: script)
        #expect(repaired.report.succeeded, "\(repaired.report.error?.message ?? "")")
        #expect(repaired.report.ledger.whyNotUsed?.contains("revision 1") == true)
        #expect(repaired.report.ledger.whyNotSaved == nil, "\(repaired.report.ledger.whyNotSaved ?? "")")
        #expect(repaired.report.reuse.updated && !repaired.report.reuse.created)
        #expect(repaired.report.result?.isSame(as: first.report.result ?? .null) == true)
        let saved = try #require(try await store.current(key: "quotes"))
        #expect(saved.revision == 2 && saved.reason == .repaired)
        #expect(saved.source.contains(".entry") && saved.source.contains("Accept and continue"))
        let replay = try await run(store, site: v2, script: [])
        #expect(replay.report.reuse.used && replay.report.aiUsd == 0 && replay.tokens == 0)
        print(
            "repair cost on quotes v2 (\(label)): \(repaired.tokens) tokens against \(first.tokens) for the first "
                + String(
                    format: "exploration (%.0f %%); AI $%.4f against $%.4f; the next run $%.4f, %d tokens",
                    100 * Double(repaired.tokens) / Double(max(first.tokens, 1)), repaired.report.aiUsd,
                    first.report.aiUsd, replay.report.aiUsd, replay.tokens))
        return saved.source
    }

    /// One `LocalRun` on key `quotes` against `site`, the model playing `script`; its report and tokens.
    private func run(_ store: WorkspacePrograms, site: LoopbackServer, script: [FakeModelTurn]) async throws
        -> (report: RunReport, tokens: Int)
    {
        let request = ExplorationHarness.request("Collect every quote tagged love", start: site.url("/tag/love/"))
        return try await withFakeModelServer(script) { model in
            let services = ExplorationHarness.services(model)
            let report = await LocalRun(store: store, engine: request.engine, services: services)
                .run(LocalRun.Input(agent: request.agent, reuseKey: "quotes"))
            model.expectScriptPlayed()
            let usage = services.ledger.total.usage
            return (report, usage.inputTokens + usage.outputTokens)
        }
    }
}
