import WTExtract
import WTSema
import WTSyntax
import WTTrace

/// One value a field must reproduce: what the runtime should output when it reads the field in `context`
/// (a record's container, or the page when nil).
struct FieldSample {
    var page: ExamplePage
    var context: Node?
    var expected: JSONValue
    /// 1-based, for messages.
    var record: Int
}

/// A field plan to try, with the key it is tried in: whether the recording used the selector, the kind's
/// preference for the declared type, whether the selector stands on a generated name or a position, how
/// many other elements holding the value the element holds (the element that is the value before its
/// wrappers), whether the selector names the field (for `exists`/`count` only), then the selector's rank
/// and length.
struct FieldAttempt {
    var plan: FieldPlan
    var order: AttemptOrder
}

/// The key attempts are tried in, compared part by part.
struct AttemptOrder: Comparable {
    /// 0 for the recording's own selector, else 1.
    var evidence = 1
    var preference: Int
    /// 1 for a selector on a generated-looking name or a position: a wrapper's meaning-bearing name goes
    /// before those, else 0.
    var weak = 0
    /// How many other elements holding the value are inside the selected one: 0 for the innermost.
    var outer = 0
    var named: Int
    var rank: Int
    var length: Int

    static func < (a: Self, b: Self) -> Bool {
        // Tuples compare up to six parts: the first three, then the rest.
        let (x, y) = ((a.evidence, a.preference, a.weak), (b.evidence, b.preference, b.weak))
        if x != y { return x < y }
        return (a.outer, a.named, a.rank, a.length) < (b.outer, b.named, b.rank, b.length)
    }
}

/// Builds the attempts for a field from the elements that hold its example values.
enum FieldAttempts {
    /// Every attempt for a field of `type`, best first, each plan once; at most `limit`. The `recorded`
    /// selectors come first, read with every kind that reads the value where the pages hold it.
    static func all(
        _ name: String, type: WTType, samples: [FieldSample], recorded: [String] = [], limit: Int = 400
    ) -> [FieldAttempt] {
        var attempts: [FieldAttempt] = []
        for sample in samples {
            for offer in offers(sample, type: type) {
                let plan = FieldPlan(name: name, kind: offer.kind, attribute: offer.attribute, selector: offer.css)
                attempts.append(FieldAttempt(plan: plan, order: offer.order))
            }
        }
        attempts += PresenceAttempts.all(name, type: type, samples: samples)
        attempts += evidence(name, type: type, recorded: recorded, from: attempts)
        return unique(attempts).prefix(limit).map { $0 }
    }

    /// The recorded selectors with each kind (and attribute) the other attempts read the value with, and
    /// the kind that reads the declared type from text; ahead of every other attempt.
    private static func evidence(_ name: String, type: WTType, recorded: [String], from attempts: [FieldAttempt])
        -> [FieldAttempt]
    {
        guard !recorded.isEmpty else { return [] }
        var ways: [(kind: WTSyntax.FieldKind, attribute: String?, preference: Int)] = []
        for (kind, attribute, preference) in kinds(for: type, source: .text)
            + attempts.map({
                ($0.plan.kind, $0.plan.attribute, $0.order.preference)
            }) where !ways.contains(where: { $0.kind == kind && $0.attribute == attribute })
        {
            ways.append((kind, attribute, preference))
        }
        return recorded.enumerated().flatMap { position, css in
            ways.map { way in
                let plan = FieldPlan(name: name, kind: way.kind, attribute: way.attribute, selector: css)
                let order = AttemptOrder(
                    evidence: 0, preference: way.preference, named: 0, rank: position, length: css.count)
                return FieldAttempt(plan: plan, order: order)
            }
        }
    }

    /// A plan one sample offers, before it is given the field's name.
    struct Offer {
        var kind: WTSyntax.FieldKind
        var attribute: String?
        var css: String
        var order: AttemptOrder
    }

    /// The plans that read `sample`'s value where its page holds it, in the order found; once per context,
    /// value and type on a page.
    private static func offers(_ sample: FieldSample, type: WTType) -> [Offer] {
        let key = PageMemo.Sample(context: sample.context, expected: sample.expected, type: type)
        if let done = sample.page.memo.offers[key] { return done }
        var targets = ValueTargets.find(sample.expected, as: type, on: sample.page, in: sample.context)
        // The container itself reads the value too when it holds nothing else (`<li><h2>Ann</h2></li>`);
        // the element inside says better where the value is.
        if targets.contains(where: { $0.node != sample.context }) {
            targets.removeAll { $0.node == sample.context }
        }
        var out: [Offer] = []
        for target in targets {
            let kinds = Self.kinds(for: type, source: target.source)
            guard !kinds.isEmpty else { continue }
            // A wrapper whose text happens to equal the value (`<div class="row"><p id="notice">…`) comes
            // after the element inside it that is the value.
            let outer = targets.count { $0.node != target.node && sample.page.contains(target.node, $0.node) }
            for candidate in SelectorCandidates.of(target.node, scope: sample.context, purpose: .field, on: sample.page)
            {
                for (kind, attribute, preference) in kinds {
                    let weak = candidate.rank >= SelectorShape.generated.rank(for: .field) ? 1 : 0
                    let order = AttemptOrder(
                        preference: preference, weak: weak, outer: outer, named: 0, rank: candidate.rank,
                        length: candidate.css.count)
                    out.append(Offer(kind: kind, attribute: attribute, css: candidate.css, order: order))
                }
            }
        }
        sample.page.memo.offers[key] = out
        return out
    }

    /// The kinds that read a value of `type` from where a target holds it, with their preference (lower
    /// first): text before an attribute before inner HTML, as a reader of the program would expect.
    static func kinds(for type: WTType, source: TargetSource) -> [(WTSyntax.FieldKind, String?, Int)] {
        let unwrapped = type.unwrapped
        let element = unwrapped.elementType?.unwrapped
        switch (unwrapped, element, source) {
        case (.string, _, .text): return [(.text, nil, 0)]
        case (.string, _, .attribute(let name)), (.date, _, .attribute(let name)), (.url, _, .attribute(let name)):
            return [(.attr, name, 1)]
        case (.string, _, .html): return [(.html, nil, 2)]
        case (.url, _, .link): return [(.url, nil, 0)]
        case (.url, _, .text): return [(.url, nil, 0), (.text, nil, 2)]
        case (.number, _, .text): return [(.number, nil, 0)]
        case (.int, _, .text): return [(.int, nil, 0), (.number, nil, 1)]
        case (.date, _, .text): return [(.date, nil, 0)]
        case (.list, .string?, .text): return [(.texts, nil, 0)]
        case (.list, .string?, .attribute(let name)), (.list, .url?, .attribute(let name)):
            return [(.attrs, name, 1)]
        case (.list, .url?, .link): return [(.urls, nil, 0)]
        case (.list, .url?, .text): return [(.urls, nil, 0), (.texts, nil, 2)]
        default: return []
        }
    }

    /// Sorted by `order` (stable), each plan once: where it first comes in that order, which is its least
    /// order (the earliest of equals). Deduplicated before sorting, as most records give the same plans.
    static func unique(_ attempts: [FieldAttempt]) -> [FieldAttempt] {
        var best: [FieldPlan: Int] = [:]
        for (index, attempt) in attempts.enumerated() {
            if let other = best[attempt.plan], attempts[other].order <= attempt.order { continue }
            best[attempt.plan] = index
        }
        return best.values.sorted { (attempts[$0].order, $0) < (attempts[$1].order, $1) }.map { attempts[$0] }
    }
}
