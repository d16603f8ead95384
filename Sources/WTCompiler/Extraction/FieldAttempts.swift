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

/// A field plan to try, with the key it is tried in: the kind's preference for the declared type, whether
/// the selector names the field (for `exists`/`count` only), then the selector's rank and length.
struct FieldAttempt {
    var plan: FieldPlan
    var order: [Int]
}

/// Builds the attempts for a field from the elements that hold its example values.
enum FieldAttempts {
    /// Every attempt for a field of `type`, best first, each plan once; at most `limit`.
    static func all(_ name: String, type: WTType, samples: [FieldSample], limit: Int = 400) -> [FieldAttempt] {
        var attempts: [FieldAttempt] = []
        for sample in samples {
            var targets = ValueTargets.find(sample.expected, as: type, on: sample.page, in: sample.context)
            // The container itself reads the value too when it holds nothing else (`<li><h2>Ann</h2></li>`);
            // the element inside says better where the value is.
            if targets.contains(where: { $0.node != sample.context }) {
                targets.removeAll { $0.node == sample.context }
            }
            for target in targets {
                let kinds = Self.kinds(for: type, source: target.source)
                guard !kinds.isEmpty else { continue }
                for candidate in SelectorCandidates.of(target.node, scope: sample.context, purpose: .field) {
                    for (kind, attribute, preference) in kinds {
                        let plan = FieldPlan(name: name, kind: kind, attribute: attribute, selector: candidate.css)
                        attempts.append(
                            FieldAttempt(plan: plan, order: [preference, 0, candidate.rank, candidate.css.count]))
                    }
                }
            }
        }
        attempts += PresenceAttempts.all(name, type: type, samples: samples)
        return unique(attempts).prefix(limit).map { $0 }
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

    /// Sorted by `order` (stable), each plan once.
    static func unique(_ attempts: [FieldAttempt]) -> [FieldAttempt] {
        var seen: Set<FieldPlan> = []
        return attempts.enumerated()
            .sorted { a, b in
                a.element.order != b.element.order
                    ? a.element.order.lexicographicallyPrecedes(b.element.order) : a.offset < b.offset
            }
            .map(\.element)
            .filter { seen.insert($0.plan).inserted }
    }
}
