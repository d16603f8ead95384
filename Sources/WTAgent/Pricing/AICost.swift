/// What a run's model calls cost, in total and per model, from a `UsageLedger` and a `ModelCatalog`.
///
/// A model the catalog has no price for is listed in `unpricedModels` and left out of `aiUsd`, never
/// counted as $0 in silence: whoever prints the cost must say that it is incomplete.
public struct AICost: Sendable, Hashable {
    /// One model's share.
    public struct Line: Sendable, Hashable {
        public var model: String
        public var calls: Int
        public var usage: ModelUsage
        /// Nil when the model has no price.
        public var usd: Double?
    }

    /// The priced models' dollars together.
    public var aiUsd: Double
    /// One line per model, sorted by model id.
    public var byModel: [Line]
    /// Models that were called but have no price, sorted; empty when `aiUsd` is complete.
    public var unpricedModels: [String]

    /// Whether every model called has a price.
    public var isComplete: Bool { unpricedModels.isEmpty }
}

extension ModelCatalog {
    /// Prices every call of `ledger` on its own (a model may charge by the size of each request).
    public func cost(of ledger: UsageLedger) -> AICost {
        var usd: [String: Double] = [:]
        for call in ledger.calls {
            guard let price = price(for: call.model) else { continue }
            usd[call.model, default: 0] += price.usd(for: call.usage)
        }
        let lines = ledger.byModel.sorted { $0.key < $1.key }.map { model, entry in
            AICost.Line(model: model, calls: entry.calls, usage: entry.usage, usd: usd[model])
        }
        let unpriced = lines.filter { $0.usd == nil }.map(\.model)
        return AICost(aiUsd: usd.values.reduce(0, +), byModel: lines, unpricedModels: unpriced)
    }

    /// The dollars of the priced calls of `ledger`; see `cost(of:)` for which models had no price.
    public func aiUsd(for ledger: UsageLedger) -> Double { cost(of: ledger).aiUsd }
}
