import Testing
import WTAgent

@Suite("UsageLedger")
struct UsageLedgerTests {
    @Test("tokens are summed by kind and model and calls counted, also when recorded concurrently")
    func sums() async {
        let ledger = UsageLedger()
        let usage = ModelUsage(inputTokens: 3, outputTokens: 2, cacheCreationInputTokens: 1, cacheReadInputTokens: 4)
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<100 {
                group.addTask { ledger.record(model: index.isMultiple(of: 4) ? "opus" : "haiku", usage: usage) }
            }
        }
        #expect(ledger.byModel["opus"]?.calls == 25)
        #expect(ledger.byModel["haiku"]?.calls == 75)
        #expect(
            ledger.byModel["haiku"]?.usage
                == ModelUsage(
                    inputTokens: 225, outputTokens: 150, cacheCreationInputTokens: 75, cacheReadInputTokens: 300))
        #expect(ledger.total.calls == 100)
        #expect(ledger.calls.count == 100, "every call is kept, to price each one on its own")
        #expect(ledger.total.usage.cacheReadInputTokens == 400)
    }

    @Test("a reply is recorded under the model that answered")
    func recordsReply() {
        let ledger = UsageLedger()
        ledger.record(
            ModelResponse(
                id: "m", model: "claude-x-20250101", content: [], stopReason: .endTurn,
                usage: ModelUsage(inputTokens: 5)))
        #expect(ledger.byModel.keys.sorted() == ["claude-x-20250101"])
        #expect(ledger.total.usage.inputTokens == 5)
    }
}
