import Foundation

/// Puts the compiler's reasons (`wtc compile --explain`) next to the lines they produced. A compiled
/// program marks each statement with the trace steps it came from (`# step 3`, `# steps 2, 4, 6`), and a
/// reason about a step starts with `step N` or `steps N…`; a reason goes to the line that lists its first
/// step. Reasons about the whole program (its mode, say) get line 0 and are shown above the listing.
public enum ExplanationPlacement {
    public static func place(_ reasons: [String], in source: String) -> [ReportData.Explanation] {
        var lineOfStep: [Int: Int] = [:]
        for (offset, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for step in steps(inComment: line) where lineOfStep[step] == nil { lineOfStep[step] = offset + 1 }
        }
        return reasons.map { reason in
            let line = firstStep(of: reason).flatMap { lineOfStep[$0] } ?? 0
            return ReportData.Explanation(line: line, text: reason)
        }
    }

    /// The step numbers a line's trailing `# step …` comment lists.
    static func steps(inComment line: Substring) -> [Int] {
        guard let hash = line.range(of: "# step", options: .backwards) else { return [] }
        let rest = line[hash.upperBound...].drop(while: { $0 == "s" })
        return rest.split(whereSeparator: { $0 == "," || $0 == " " }).compactMap { Int($0) }
    }

    /// N in a reason starting `step N` or `steps N…`.
    static func firstStep(of reason: String) -> Int? {
        guard reason.hasPrefix("step") else { return nil }
        let digits = reason.drop(while: { !$0.isNumber }).prefix(while: \.isNumber)
        return Int(digits)
    }
}
