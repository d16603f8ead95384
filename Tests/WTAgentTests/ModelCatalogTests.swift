import Foundation
import Testing
import WTAgent

@Suite("ModelCatalog and prices")
struct ModelCatalogTests {
    /// Dollars compared to a millionth of a cent, since rates like 0.1 × 0.1 are not exact in binary.
    static func close(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-8 } ?? false }

    @Test("the aliases name Anthropic's current models by default, and an id names itself")
    func defaultAliases() throws {
        let catalog = try ModelCatalog(environment: [:])
        #expect(catalog.modelID(for: "haiku") == "claude-haiku-5-5")
        #expect(catalog.modelID(for: "sonnet") == "claude-sonnet-5-5")
        #expect(catalog.modelID(for: "opus") == "claude-opus-5-5")
        #expect(catalog.modelID(for: "claude-sonnet-4-5") == "claude-sonnet-4-5")
    }

    @Test("each kind of token is priced at its own rate, cache writes at 1.25× input")
    func ratesByKind() throws {
        let price = try #require(ModelCatalog.builtIn.price(for: "claude-sonnet-4-5"))
        let million = 1_000_000
        #expect(Self.close(price.usd(for: ModelUsage(inputTokens: million)), 3))
        #expect(Self.close(price.usd(for: ModelUsage(outputTokens: million)), 15))
        #expect(Self.close(price.usd(for: ModelUsage(cacheCreationInputTokens: million)), 3.75))
        #expect(Self.close(price.usd(for: ModelUsage(cacheReadInputTokens: million)), 0.3))
        let opus = try #require(ModelCatalog.builtIn.price(for: "claude-opus-5-5"))
        let expected: Double = (2000 * 4 + 500 * 20 + 10_000 * 0.2) / 1e6
        let usage = ModelUsage(inputTokens: 2000, outputTokens: 500, cacheReadInputTokens: 10_000)
        #expect(Self.close(opus.usd(for: usage), expected))
    }

    @Test("a dated id is priced as its model; an unknown model has no price")
    func datedAndUnknown() {
        let catalog = ModelCatalog.builtIn
        #expect(catalog.price(for: "claude-haiku-4-5-20251001") == catalog.price(for: "claude-haiku-4-5"))
        #expect(catalog.price(for: "claude-haiku-4-5") != nil)
        #expect(catalog.price(for: "llama-3-8b") == nil)
        #expect(catalog.price(for: "claude-haiku-4-5-2025") == nil)
    }

    @Test("Haiku 5.5 charges every token of a request over 100,000 prompt tokens at the long-prompt rates")
    func longPromptBand() throws {
        let price = try #require(ModelCatalog.builtIn.price(for: "claude-haiku-5-5"))
        let short = ModelUsage(inputTokens: 60_000, outputTokens: 1000, cacheReadInputTokens: 40_000)
        let long = ModelUsage(inputTokens: 60_001, outputTokens: 1000, cacheReadInputTokens: 40_000)
        let shortUsd: Double = (60_000 * 0.1 + 1000 * 0.5 + 40_000 * 0.01) / 1e6
        let longUsd: Double = (60_001 * 0.5 + 1000 * 2.5 + 40_000 * 0.05) / 1e6
        #expect(Self.close(price.usd(for: short), shortUsd))
        #expect(Self.close(price.usd(for: long), longUsd))
    }

    @Test("a ledger is priced call by call with a line per model, and an unpriced model is reported, not $0")
    func costOfLedger() {
        let ledger = UsageLedger()
        ledger.record(model: "claude-haiku-5-5", usage: ModelUsage(inputTokens: 90_000, outputTokens: 100))
        ledger.record(model: "claude-haiku-5-5", usage: ModelUsage(inputTokens: 110_000, outputTokens: 100))
        ledger.record(model: "my-local-model", usage: ModelUsage(inputTokens: 5, outputTokens: 5))
        let cost = ModelCatalog.builtIn.cost(of: ledger)
        let first: Double = (90_000 * 0.1 + 100 * 0.5) / 1e6
        let haiku: Double = first + (110_000 * 0.5 + 100 * 2.5) / 1e6
        #expect(Self.close(cost.aiUsd, haiku))
        #expect(Self.close(ModelCatalog.builtIn.aiUsd(for: ledger), haiku))
        #expect(cost.byModel.map(\.model) == ["claude-haiku-5-5", "my-local-model"])
        #expect(cost.byModel.map(\.calls) == [2, 1])
        #expect(cost.byModel[1].usd == nil)
        #expect(cost.unpricedModels == ["my-local-model"])
        #expect(!cost.isComplete)
    }

    @Test("calls played back from a transcript cost nothing now, and the cost says what they cost when recorded")
    func replayedCalls() {
        let ledger = UsageLedger()
        let million = ModelUsage(inputTokens: 1_000_000)
        ledger.record(model: "claude-sonnet-4-5", usage: million, backend: .anthropic)
        ledger.record(model: "claude-sonnet-4-5", usage: million, backend: ModelBackend(.transcriptReplay(file: "t")))
        ledger.record(model: "claude-sonnet-4-5", usage: million, backend: ModelBackend(.transcriptReplay(file: "t")))
        let cost = ModelCatalog.builtIn.cost(of: ledger)
        #expect(Self.close(cost.aiUsd, 3))
        #expect(Self.close(cost.replayedUsd, 6))
        #expect(cost.replayedCalls == 2)
        #expect(Self.close(cost.byModel.first?.usd, 9))
        #expect(
            cost.description == "$3.0000 (2 calls played back from a transcript; they cost $6.0000 when recorded)")
        ledger.record(model: "my-local-model", usage: million)
        #expect(
            ModelCatalog.builtIn.cost(of: ledger).description.hasSuffix("; not counted: no price for my-local-model)"))
    }

    @Test("dollars print to a hundredth of a cent")
    func dollars() {
        let ledger = UsageLedger()
        ledger.record(model: "claude-haiku-5-5", usage: ModelUsage(inputTokens: 1234, outputTokens: 56))
        #expect(ModelCatalog.builtIn.cost(of: ledger).description == "$0.0002")
        #expect(ModelCatalog.builtIn.cost(of: UsageLedger()).description == "$0.0000")
    }

    @Test("WTC_MODEL_<ALIAS> names another model; the catalog file adds prices and aliases under it")
    func configuration() throws {
        let file = try TemporaryCatalog(
            #"""
            {"aliases": {"haiku": "from-file", "local": "my-local-model"},
             "prices": {"my-local-model": {"input": 0, "output": 0, "cacheWrite": 0, "cacheRead": 0},
                        "claude-sonnet-5-5": {"input": 9, "output": 9, "cacheWrite": 9, "cacheRead": 9,
                          "longPrompt": {"threshold": 10, "input": 1, "output": 1, "cacheWrite": 1, "cacheRead": 1}}}}
            """#)
        let catalog = try ModelCatalog(environment: [
            "WTC_MODEL_CATALOG": file.path, "WTC_MODEL_HAIKU": "claude-haiku-4-5",
        ])
        #expect(catalog.modelID(for: "haiku") == "claude-haiku-4-5", "the variable wins over the file")
        #expect(catalog.modelID(for: "local") == "my-local-model")
        #expect(catalog.price(for: "my-local-model")?.usd(for: ModelUsage(inputTokens: 1000)) == 0)
        let sonnet = catalog.price(for: "claude-sonnet-5-5")?.usd(for: ModelUsage(inputTokens: 11))
        #expect(Self.close(sonnet, 11 / 1e6), "the long-prompt band of the file applies above 10 tokens")
        #expect(catalog.price(for: "claude-opus-5-5") == ModelCatalog.builtIn.price(for: "claude-opus-5-5"))
    }

    @Test(
        "a bad catalog file is a located error naming what is wrong",
        arguments: [
            (#"{"prices": {"m": {"input": 1, "output": 1, "cacheWrite": 1}}}"#, ":1:18:", "has no 'cacheRead'"),
            (
                #"{"prices": {"m": {"input": 1, "output": "2", "cacheWrite": 1, "cacheRead": 1}}}"#, ":1:41:",
                "found string"
            ),
            (#"{"prices": {"m": {"input": 1, "output": 1, "cacheWrite": 1, "cachRead": 1}}}"#, ":1:61:", "'cachRead'"),
            (#"{"aliases": {"haiku": 3}}"#, ":1:23:", "aliases.haiku must be a model id"),
            (#"{"aliases": ["#, ":1:14:", "not JSON"),
            (#"[]"#, ":1:1:", "the catalog must be an object"),
        ])
    func badFile(text: String, place: String, problem: String) throws {
        let file = try TemporaryCatalog(text)
        do {
            _ = try ModelCatalog(environment: ["WTC_MODEL_CATALOG": file.path])
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.description.hasPrefix(file.path + place), "\(error)")
            #expect(error.description.contains(problem), "\(error)")
            #expect(error.description.hasSuffix("[models.catalog]"))
        }
    }

    @Test("a catalog file that cannot be read says which and where it was named")
    func unreadable() {
        #expect {
            try ModelCatalog(environment: ["WTC_MODEL_CATALOG": "/nonexistent/catalog.json"])
        } throws: { error in
            "\(error)".contains("/nonexistent/catalog.json (named by WTC_MODEL_CATALOG)")
        }
    }
}

/// A catalog file in a fresh temporary folder, removed when the value goes away.
final class TemporaryCatalog {
    let directory: URL
    let path: String

    init(_ text: String) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("catalog.json").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    deinit { try? FileManager.default.removeItem(at: directory) }
}
