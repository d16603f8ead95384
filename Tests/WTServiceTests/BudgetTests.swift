import CDP
import Foundation
import Testing
import WTAgent
import WTEngine
import WTService
import WTTestSupport
import WTTrace

/// A budget reached mid-run stops the agent with the spec's error and saves nothing.
@Suite(
    "Budgets", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct BudgetTests {
    @Test("maxSteps 3 with a model that never finishes stops after 3 steps: timeout, budget-exceeded, nothing saved")
    func steps() async throws {
        let report = try await Self.run(AgentBudget(maxSteps: 3), script: AgentScripts.observing(3))
        #expect(report.error?.code == "timeout")
        #expect(report.error?.reason == "budget-exceeded")
        #expect(report.error?.message.contains("3 steps") == true, "\(report.error?.message ?? "")")
        #expect(report.ledger.stepsByAgent == 3)
        #expect(report.ledger.modelCalls == 3)
    }

    @Test("a tiny maxAiUsd is spent by the first call's usage: no-ai-credits-left, nothing saved")
    func dollars() async throws {
        let report = try await Self.run(AgentBudget(maxAiUsd: 0.000_1), script: AgentScripts.observing(1))
        #expect(report.error?.code == "no-ai-credits-left")
        #expect(report.error?.reason == "budget-exceeded")
        #expect(report.ledger.modelCalls == 1)
        #expect(report.aiUsd > 0.000_1)
    }

    /// A local run of the quotes task within `budget`, the model playing `script`; checks that it failed
    /// and that nothing was saved.
    static func run(_ budget: AgentBudget, script: [FakeModelTurn]) async throws -> RunReport {
        let site = try SampleSites.server("quotes")
        try site.start()
        defer { site.stop() }
        return try await AgentTestKit.withFolder("wtc-budget") { folder in
            let store = try WorkspacePrograms.embedded(in: folder.appendingPathComponent("store"))
            let agent = AgentTestKit.agent(
                "Collect every quote tagged love", start: site.url("/tag/love/"), budget: budget)
            let report = try await withFakeModelServer(script) { model in
                let report = await LocalRun(
                    store: store, engine: AgentTestKit.engine(folder), services: AgentTestKit.services(model)
                ).run(LocalRun.Input(agent: agent, reuseKey: "budget"))
                model.expectScriptPlayed()
                return report
            }
            #expect(!report.succeeded && report.result == nil)
            #expect(!report.reuse.updated && !report.reuse.created)
            #expect(try await store.current(key: "budget") == nil)
            return report
        }
    }
}
