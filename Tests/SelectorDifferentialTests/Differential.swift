import Foundation

/// One selector run on both sides.
struct Outcome: Sendable {
    var origin: String
    var selector: String
    var engine: [String]
    var chromium: [String]

    var agrees: Bool { engine == chromium }

    var report: String {
        "\(origin): \(selector)\n    chromium: \(chromium.joined(separator: " "))\n    wtextract: \(engine.joined(separator: " "))"
    }
}

/// Runs blocks through both sides with one browser.
enum Differential {
    static func run(_ blocks: [CaseBlock]) async throws -> [Outcome] {
        try await ChromiumSide.with(markups: blocks.map(\.markup)) { chromium in
            var outcomes: [Outcome] = []
            for (index, block) in blocks.enumerated() {
                let selectors = block.selectors.map(\.text)
                let expected = try await chromium.select(selectors, page: index)
                let actual = EngineSide.select(selectors, in: block.markup)
                for (i, selector) in block.selectors.enumerated() {
                    let origin = "\(block.origin.split(separator: ":")[0]):\(selector.line)"
                    outcomes.append(
                        Outcome(origin: origin, selector: selector.text, engine: actual[i], chromium: expected[i]))
                }
            }
            return outcomes
        }
    }

    /// `agreed/total (p %)`.
    static func figure(_ outcomes: [Outcome]) -> String {
        let agreed = outcomes.filter(\.agrees).count
        let percent = outcomes.isEmpty ? 0 : Double(agreed) * 100 / Double(outcomes.count)
        return "\(agreed)/\(outcomes.count) (\(String(format: "%.1f", percent)) %)"
    }
}
