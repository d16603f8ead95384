/// What a run's model calls cost, in total and per model, from a `UsageLedger` and a `ModelCatalog`.
///
/// A model the catalog has no price for is listed in `unpricedModels` and left out of `aiUsd`, never
/// counted as $0 in silence: whoever prints the cost must say that it is incomplete. Calls played back
/// from a transcript cost nothing now: their price when recorded is `replayedUsd`, not part of `aiUsd`.
public struct AICost: Sendable, Hashable, CustomStringConvertible {
    /// One model's share.
    public struct Line: Sendable, Hashable {
        public var model: String
        public var calls: Int
        public var usage: ModelUsage
        /// What these calls cost (replayed ones at their recorded price); nil when the model has no price.
        public var usd: Double?
    }

    /// The dollars spent: the priced calls that a live model answered.
    public var aiUsd: Double
    /// What the calls played back from a transcript cost when they were recorded.
    public var replayedUsd: Double
    /// How many calls were played back from a transcript.
    public var replayedCalls: Int
    /// One line per model, sorted by model id.
    public var byModel: [Line]
    /// Models that were called but have no price, sorted; empty when `aiUsd` is complete.
    public var unpricedModels: [String]

    /// Whether every model called has a price.
    public var isComplete: Bool { unpricedModels.isEmpty }

    /// `$0.0123`, with what is missing or replayed said after it:
    /// `$0.0000 (3 calls played back from a transcript; they cost $0.0123 when recorded)`.
    public var description: String {
        var notes: [String] = []
        if replayedCalls > 0 {
            notes.append(
                "\(replayedCalls) call\(replayedCalls == 1 ? "" : "s") played back from a transcript; "
                    + "\(replayedCalls == 1 ? "it" : "they") cost \(Self.dollars(replayedUsd)) when recorded")
        }
        if !unpricedModels.isEmpty {
            notes.append("not counted: no price for \(unpricedModels.joined(separator: ", "))")
        }
        return Self.dollars(aiUsd) + (notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")")
    }

    /// Dollars to a hundredth of a cent, enough to tell one small call from another.
    static func dollars(_ usd: Double) -> String {
        let tenThousandths = Int((usd * 10_000).rounded())
        let fraction = String(tenThousandths % 10_000)
        return "$\(tenThousandths / 10_000)." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }
}

extension ModelCatalog {
    /// Prices every call of `ledger` on its own (a model may charge by the size of each request).
    public func cost(of ledger: UsageLedger) -> AICost {
        var usd: [String: Double] = [:]
        var spent = 0.0
        var replayed = (usd: 0.0, calls: 0)
        for call in ledger.calls {
            let isReplay = call.backend?.isReplay ?? false
            if isReplay { replayed.calls += 1 }
            guard let price = price(for: call.model) else { continue }
            let callUsd = price.usd(for: call.usage)
            usd[call.model, default: 0] += callUsd
            if isReplay { replayed.usd += callUsd } else { spent += callUsd }
        }
        let lines = ledger.byModel.sorted { $0.key < $1.key }.map { model, entry in
            AICost.Line(model: model, calls: entry.calls, usage: entry.usage, usd: usd[model])
        }
        return AICost(
            aiUsd: spent, replayedUsd: replayed.usd, replayedCalls: replayed.calls, byModel: lines,
            unpricedModels: lines.filter { $0.usd == nil }.map(\.model))
    }

    /// The dollars of the priced calls of `ledger`; see `cost(of:)` for which models had no price.
    public func aiUsd(for ledger: UsageLedger) -> Double { cost(of: ledger).aiUsd }
}
