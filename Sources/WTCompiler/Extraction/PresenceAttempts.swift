import WTExtract
import WTSema
import WTSyntax
import WTTrace

/// Attempts for values no element holds as text: a `bool` read with `exists` and an `int` that counts
/// matches (`count ".review"`). Candidates come from every element of the records where the value is
/// true or above zero, those naming the field (`.in-stock` for `in_stock`) first.
enum PresenceAttempts {
    /// Enough distinct selectors for real pages, few enough to try them all quickly.
    static let candidateLimit = 1500
    /// Records looked at for candidates; the rest only verify.
    static let sampleLimit = 4

    static func all(_ name: String, type: WTType, samples: [FieldSample]) -> [FieldAttempt] {
        let (kind, preference): (WTSyntax.FieldKind, Int)
        switch type.unwrapped {
        case .bool: (kind, preference) = (.exists, 0)
        case .int: (kind, preference) = (.count, 2)
        default: return []
        }
        var seen: Set<String> = []
        var out: [FieldAttempt] = []
        for sample in samples.filter({ isPositive($0.expected) }).prefix(sampleLimit) {
            for node in sample.page.elements(in: sample.context) where node != sample.context {
                for candidate in SelectorCandidates.of(node, scope: sample.context, purpose: .field, on: sample.page)
                where candidate.rank < SelectorShape.positional.rank(for: .field) && seen.insert(candidate.css).inserted
                {
                    let named = names(in: candidate.css).contains { SelectorText.namesMatch($0, field: name) }
                    let plan = FieldPlan(name: name, kind: kind, selector: candidate.css)
                    out.append(
                        FieldAttempt(
                            plan: plan,
                            order: AttemptOrder(
                                preference: preference, named: named ? 0 : 1, rank: candidate.rank,
                                length: candidate.css.count)))
                }
                if seen.count >= candidateLimit { return out }
            }
        }
        return out
    }

    private static func isPositive(_ value: JSONValue) -> Bool {
        switch value {
        case .bool(let b): b
        case .number(let n): n > 0
        default: false
        }
    }

    /// The class, tag and attribute names a selector mentions.
    private static func names(in css: String) -> [String] {
        css.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }.map(String.init)
    }
}
