import CDP
import Foundation
import Testing
import WTAgent
import WTEngine
import WTService
import WTTestSupport
import WTTrace

/// The execution model on one machine: explore once, then replay with no model at all.
@Suite(
    "Local runs", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct LocalRunTests {
    @Test("the first run explores and saves; the second replays the saved program with no model call and $0 AI")
    func exploreThenReplay() async throws {
        let site = try SampleSites.server("quotes")
        try site.start()
        defer { site.stop() }
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-store-\(UUID())")
        defer { try? FileManager.default.removeItem(at: data) }
        let store = try WorkspacePrograms.embedded(in: data)
        let request = ExplorationHarness.request("Collect every quote tagged love", start: site.url("/tag/love/"))
        let input = LocalRun.Input(agent: request.agent, reuseKey: "quotes-love")
        let first = try await withFakeModelServer(AgentScripts.quotes) { model in
            let report = await LocalRun(
                store: store, engine: request.engine, services: ExplorationHarness.services(model)
            ).run(input)
            model.expectScriptPlayed()
            return report
        }
        #expect(first.succeeded, "\(first.error?.message ?? "") \(first.ledger.whyNotSaved ?? "")")
        #expect(first.reuse.created && first.reuse.updated && !first.reuse.used)
        #expect(first.ledger.stepsByAgent == 7)
        #expect(try await store.current(key: "quotes-love")?.revision == 1)
        // The second run's model server has no turns: any call to it is a violation.
        let second = try await withFakeModelServer([]) { model in
            let services = ExplorationHarness.services(model)
            let report = await LocalRun(store: store, engine: request.engine, services: services).run(input)
            model.expectScriptPlayed()
            #expect(model.requests.isEmpty)
            #expect(services.ledger.total.calls == 0)
            return report
        }
        #expect(second.succeeded)
        #expect(second.result == first.result)
        #expect(second.reuse.used && !second.reuse.created && !second.reuse.updated)
        #expect(second.reuse.revisionID == first.webTaskID)
        #expect(second.aiUsd == 0)
        #expect(second.ledger.stepsByAgent == 0 && second.ledger.stepsAsCode > 0)
    }
}
