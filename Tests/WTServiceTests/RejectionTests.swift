import CDP
import Foundation
import Testing
import WTAgent
import WTEngine
import WTService
import WTTestSupport
import WTTrace

/// Tasks refused before any browser starts: by the classifier (one forced `classify` call) or by the
/// deterministic checks (no model call at all). Nothing reaches the site and nothing is saved.
@Suite("Rejection")
struct RejectionTests {
    static let classifier = "claude-haiku-4-5"

    @Test(
        "the classifier's rejection fails the run with its category and reason, before any browser or save",
        arguments: ["terms-of-service", "not-web-automation", "incoherent"])
    func classifierRejects(category: String) async throws {
        let reason = "the model's one-line reason for \(category)"
        let turn = FakeModelTurn(
            .toolUse("classify", input: #"{"verdict": "\#(category)", "reason": "\#(reason)"}"#),
            checks: [.model(Self.classifier), .offersTools(["classify"])])
        let outcome = try await Self.run(TaskInput(task: "Collect every quote tagged love"), script: [turn])
        #expect(outcome.model.count == 1)
        #expect(outcome.report.error?.code == "rejected")
        #expect(outcome.report.error?.reason == category)
        #expect(outcome.report.error?.message.contains(reason) == true, "\(outcome.report.error?.message ?? "")")
        #expect(outcome.report.ledger.modelCalls == 1)
    }

    @Test(
        "a task the checks refuse is rejected with no model call",
        arguments: [
            TaskInput(task: "   "),
            TaskInput(task: "Read the file", startURL: "file:///etc/passwd"),
            TaskInput(task: "Sign in", parameters: [.init("user", .string("demo"))], secrets: ["password"]),
        ])
    func precheckRejects(task: TaskInput) async throws {
        let outcome = try await Self.run(task, script: [])
        #expect(outcome.model.isEmpty)
        #expect(outcome.report.error?.code == "rejected")
        #expect(outcome.report.error?.reason == "invalid-input")
        #expect(outcome.report.error?.message.isEmpty == false)
        #expect(outcome.report.ledger.modelCalls == 0)
    }

    /// One local run of `task` (on a quotes site that records every request) with the classifier on; the
    /// requests the model server received. Checks what holds for every rejection: the run failed, the site
    /// was never asked for anything, and the store has no program.
    static func run(_ task: TaskInput, script: [FakeModelTurn]) async throws
        -> (report: RunReport, model: [FakeModelRequest])
    {
        let site = try SampleSites.server("quotes")
        try site.start()
        defer { site.stop() }
        var task = task
        if task.startURL == nil { task.startURL = site.url("/tag/love/") }
        return try await AgentTestKit.withFolder("wtc-reject") { folder in
            let store = try WorkspacePrograms.embedded(in: folder.appendingPathComponent("store"))
            let agent = AgentTestKit.agent(task.task, start: site.url("/tag/love/"))
            let (report, requests) = try await withFakeModelServer(script) { model in
                var run = LocalRun(
                    store: store, engine: AgentTestKit.engine(folder), services: AgentTestKit.services(model))
                run.classifierModel = Self.classifier
                let report = await run.run(LocalRun.Input(agent: agent, reuseKey: "rejected", task: task))
                model.expectScriptPlayed()
                return (report, model.requests)
            }
            #expect(!report.succeeded && report.result == nil)
            #expect(site.requests.isEmpty, "the site was asked for \(AgentTestKit.paths(site))")
            #expect(try await store.current(key: "rejected") == nil)
            #expect(!report.reuse.created && !report.reuse.updated && !report.reuse.used)
            return (report, requests)
        }
    }
}
