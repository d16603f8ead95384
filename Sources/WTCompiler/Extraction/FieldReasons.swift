import WTExtract
import WTSema
import WTTrace

/// Why a field's plan won, for `--explain`: the recording used it, it is the element that is the value
/// rather than a wrapper, and what kind of name its selector stands on.
enum FieldReasons {
    /// Attempts after a recorded winner looked at for a look-alike: enough to reach the generated
    /// candidates for the same value, few enough to cost little.
    static let lookAlikeLimit = 40

    /// `" — reasons"`, or "" when there is nothing to say beyond the rank order.
    static func why(_ winner: FieldAttempt, among attempts: [FieldAttempt]) -> String {
        var reasons: [String] = []
        if winner.order.evidence == 0 { reasons.append("the recording's own selector") }
        let wrapped = attempts.contains { $0.order.outer > 0 && $0.plan.kind == winner.plan.kind }
        if winner.order.outer == 0, winner.order.evidence != 0, wrapped {
            reasons.append("the innermost element holding the value, not a wrapper whose text equals it")
        }
        if winner.order.evidence != 0, SelectorText.isXPath(winner.plan.selector) {
            reasons.append("the label before it, which only XPath can test")
        } else if winner.order.evidence != 0, let noun = noun(rank: winner.order.rank) {
            reasons.append(noun)
        }
        return reasons.isEmpty ? "" : " (" + reasons.joined(separator: "; ") + ")"
    }

    /// Why a field selector of `rank` (`SelectorShape.rank(for: .field)`) won though it stands on no
    /// meaning-bearing name; nil for one that does (a class, an id, a semantic attribute, a tag).
    static func noun(rank: Int) -> String? {
        switch rank {
        case SelectorShape.structural.rank(for: .field): "its place in the structure, as no name tells it apart"
        case SelectorShape.generated.rank(for: .field): "a generated-looking name, as nothing stabler reproduces"
        case SelectorShape.positional.rank(for: .field): "its position, as nothing else reproduces"
        default: nil
        }
    }

    /// The first generated attempt after the recorded `winner` that reproduces every sample too with
    /// another selector: a look-alike the recording's evidence ruled out.
    static func lookAlike(
        of winner: FieldAttempt, after rest: ArraySlice<FieldAttempt>, _ type: WTType, _ samples: [FieldSample]
    ) -> FieldPlan? {
        for attempt in rest.prefix(lookAlikeLimit)
        where attempt.order.evidence != 0 && attempt.plan.selector != winner.plan.selector
            && attempt.plan.kind == winner.plan.kind
        {
            if FieldSearch.verify(attempt.plan, type: type, samples: samples) == nil,
                !sameElements(attempt.plan, winner.plan, samples)
            {
                return attempt.plan
            }
        }
        return nil
    }

    /// Whether the two plans read the same elements in every sample's context: the first match for a
    /// kind that reads one value (`text "td"` and `text "td:nth-child(1)"` read the same cell), every
    /// match for one that reads them all.
    private static func sameElements(_ a: FieldPlan, _ b: FieldPlan, _ samples: [FieldSample]) -> Bool {
        let all = [.texts, .attrs, .urls, .count, .exists].contains(a.kind)
        return samples.allSatisfy { sample in
            let cache = sample.page.selectors
            guard case .success(let x) = cache.compile(a.selector), case .success(let y) = cache.compile(b.selector)
            else { return false }
            let left = (try? sample.page.document.select(x, in: sample.context)) ?? []
            let right = (try? sample.page.document.select(y, in: sample.context)) ?? []
            return all ? left == right : left.first == right.first
        }
    }
}
