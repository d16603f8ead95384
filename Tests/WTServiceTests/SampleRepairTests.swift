import CDP
import Foundation
import Testing
import WTAgent
import WTEngine
import WTService
import WTTestSupport
import WTTrace

/// The samples' v2 sites meet the programs explored on v1: each run repairs the saved program from its
/// failing step by mending it (renamed selectors, the cookie dialog accepted), saves revision 2 only after
/// a clean replay, and the next run on v2 replays it with no model. Prints the repair's tokens against the
/// first exploration's.
@Suite(
    "Sample repairs", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct SampleRepairTests {
    @Test("products v2 mended: the list's links, the product container and the price are retargeted")
    func productsV2() async throws {
        let saved = try await repairV2(
            Sample(name: "products", path: "/products/", task: "Collect every product with its details"),
            first: AgentScripts.products, repair: AgentScripts.productsV2Mend)
        #expect(saved.contains(".item-link") && saved.contains("article.item") && saved.contains(".cost"), "\(saved)")
        #expect(!saved.contains(".product-link"), "\(saved)")
    }

    @Test("feed v2 mended: the dialog accepted, the posts and their authors retargeted, scrolled to the end")
    func feedV2() async throws {
        let saved = try await repairV2(
            Sample(name: "feed", path: "/feed", task: "Collect every post of the feed"),
            first: AgentScripts.feed, repair: AgentScripts.feedV2Mend)
        #expect(saved.contains("article.entry") && saved.contains(".byline"), "\(saved)")
        #expect(!saved.contains("article.post"), "\(saved)")
    }

    @Test("challenge v2 mended: the shadow-root label, the iframe's summary and the download link retargeted")
    func challengeV2() async throws {
        let saved = try await repairV2(
            Sample(
                name: "challenge", path: "/challenge",
                task: "Open the report waiting for review, publish it if it is a draft, return its details and report"),
            first: AgentScripts.challenge, repair: AgentScripts.challengeV2Mend)
        #expect(
            saved.contains(".state") && saved.contains("p.abstract") && saved.contains("Download as CSV"), "\(saved)")
    }

    @Test("rates v2 by hand: the model reads the date and the table again from their new places")
    func ratesV2ByHand() async throws {
        let saved = try await repairV2(
            Sample(name: "rates", path: "/rates", task: "Read the reference rates and their date"),
            first: AgentScripts.ratesDirect, repair: AgentScripts.ratesV2ByHand, label: "by hand")
        #expect(saved.contains("table#fx-rates") && saved.contains(".as-of time"), "\(saved)")
    }

    @Test(
        "rates v2 mended: the date is read again from its new place, the table selector retargeted")
    func ratesV2() async throws {
        let saved = try await repairV2(
            Sample(name: "rates", path: "/rates", task: "Read the reference rates and their date"),
            first: AgentScripts.ratesDirect, repair: AgentScripts.ratesV2Mend)
        #expect(saved.contains("table#fx-rates") && saved.contains(".as-of time"), "\(saved)")
    }

    @Test("login v2 mended: signed in by the program's own steps, the account's renamed section retargeted")
    func loginV2() async throws {
        let parameters = [
            Agent.Request.Parameter(name: "username", value: .string("demo")),
            Agent.Request.Parameter(name: "password", value: .secret(SampleSites.demoPassword)),
        ]
        let saved = try await repairV2(
            Sample(
                name: "login", path: "/login", task: "Sign in as {username} and read the account",
                parameters: parameters),
            first: AgentScripts.loginSample, repair: AgentScripts.loginV2Mend)
        print("the repaired login program:\n\(saved)")
        #expect(saved.contains(".profile") && !saved.contains(SampleSites.demoPassword), "\(saved)")
    }

    @Test("search v2 by hand: the model reads both queries' pages with the new names")
    func searchV2ByHand() async throws {
        let saved = try await repairV2(
            Sample(name: "search", path: "/search", task: "Search for laptop and then tablet, sorted by price"),
            first: AgentScripts.search, repair: AgentScripts.searchV2ByHand, label: "by hand")
        #expect(saved.contains(".results .card") && saved.contains("More results"), "\(saved)")
    }

    @Test(
        "search v2 mended: the hits and the Next link are retargeted inside both of the program's loops")
    func searchV2() async throws {
        let saved = try await repairV2(
            Sample(name: "search", path: "/search", task: "Search for laptop and then tablet, sorted by price"),
            first: AgentScripts.search, repair: AgentScripts.searchV2Mend)
        #expect(saved.contains(".results .card") && !saved.contains(".hit"), "\(saved)")
        #expect(saved.contains("More results") && saved.contains("repeat"), "\(saved)")
    }

    @Test("quote-form v2 mended: the reworded buttons and the reference's new selector are retargeted")
    func quoteFormV2() async throws {
        let parameters = [
            Agent.Request.Parameter(name: "full_name", value: .string("Ada Lovelace")),
            Agent.Request.Parameter(name: "start_date", value: .string("2026-12-01")),
        ]
        let saved = try await repairV2(
            Sample(
                name: "quote-form", path: "/quote/step-1", task: "Get a basic home cover quote for {full_name}",
                parameters: parameters),
            first: AgentScripts.quoteForm, repair: AgentScripts.quoteFormV2Mend)
        print("the repaired quote-form program:\n\(saved)")
        #expect(saved.contains("Continue") && saved.contains("dd.reference"), "\(saved)")
    }

    /// A sample's task: where it starts, what it says and its parameters.
    struct Sample {
        var name: String
        var path: String
        var task: String
        var parameters: [Agent.Request.Parameter] = []
    }

    /// Explores v1 with `first`, then runs on v2 with `repair` as the model; the saved repaired program.
    private func repairV2(
        _ sample: Sample, first script: [FakeModelTurn], repair: [FakeModelTurn], label: String = "mended"
    ) async throws -> String {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-store-\(UUID())")
        defer { try? FileManager.default.removeItem(at: data) }
        let store = try WorkspacePrograms.embedded(in: data)
        let v1 = try SampleSites.server(sample.name)
        try v1.start()
        let first = try await run(store, sample, site: v1, script: script)
        v1.stop()
        #expect(first.report.reuse.created, "\(first.report.ledger.whyNotSaved ?? "")")
        // The v2 server takes the same port's place only for its own run; the saved program's start URL is
        // a parameter, so the replay opens v2.
        let v2 = try SampleSiteRevisions.server(sample.name, revision: 2)
        try v2.start()
        defer { v2.stop() }
        let repaired = try await run(store, sample, site: v2, script: repair)
        #expect(repaired.report.succeeded, "\(repaired.report.error?.message ?? "")")
        #expect(repaired.report.ledger.whyNotUsed?.contains("revision 1") == true)
        #expect(repaired.report.ledger.whyNotSaved == nil, "\(repaired.report.ledger.whyNotSaved ?? "")")
        #expect(repaired.report.reuse.updated && !repaired.report.reuse.created)
        // v1 and v2 listen on different ports: URLs in the results are compared with the base written BASE.
        // A downloaded file's place is its run's folder: compared without it.
        let firstResult = SampleExpectations.removing(
            "path", from: SampleExpectations.based(first.report.result ?? .null, on: v1.url("")))
        let repairedResult = SampleExpectations.removing(
            "path", from: SampleExpectations.based(repaired.report.result ?? .null, on: v2.url("")))
        #expect(repairedResult.isSame(as: firstResult), "\(repairedResult.jsonText)")
        let saved = try #require(try await store.current(key: sample.name))
        #expect(saved.revision == 2 && saved.reason == .repaired)
        let replay = try await run(store, sample, site: v2, script: [])
        #expect(replay.report.reuse.used && replay.report.aiUsd == 0 && replay.tokens == 0)
        print(
            "repair cost on \(sample.name) v2 (\(label)): \(repaired.tokens) tokens against \(first.tokens) for the "
                + String(
                    format: "first exploration (%.0f %%); AI $%.4f against $%.4f; the next run $%.4f, %d tokens",
                    100 * Double(repaired.tokens) / Double(max(first.tokens, 1)), repaired.report.aiUsd,
                    first.report.aiUsd, replay.report.aiUsd, replay.tokens))
        return saved.source
    }

    /// One `LocalRun` on key `sample.name` against `site`, the model playing `script`; its report and tokens.
    private func run(_ store: WorkspacePrograms, _ sample: Sample, site: LoopbackServer, script: [FakeModelTurn])
        async throws -> (report: RunReport, tokens: Int)
    {
        let request = ExplorationHarness.request(
            sample.task, start: site.url(sample.path), parameters: sample.parameters)
        return try await withFakeModelServer(script) { model in
            let services = ExplorationHarness.services(model)
            let report = await LocalRun(store: store, engine: request.engine, services: services)
                .run(LocalRun.Input(agent: request.agent, reuseKey: sample.name))
            model.expectScriptPlayed()
            let usage = services.ledger.total.usage
            return (report, usage.inputTokens + usage.outputTokens)
        }
    }
}
