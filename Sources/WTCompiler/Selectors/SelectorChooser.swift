import WTExtract
import WTSyntax

/// One place a step acted on an element: the page, the element, and the `within` element it was looked
/// up in (nil for the whole page).
struct Sighting {
    var document: HTMLDocument
    var target: Node
    var context: Node?
    /// The trace step, for explanations.
    var step: Int
    /// The selectors the recording found the element with (`TraceElement.selectors`), tried first.
    var recorded: [String] = []
}

/// The locator chosen for a step: the best candidate and up to two fallbacks of other kinds, each
/// checked to find exactly the acted-on element on every snapshot where the step ran.
struct LocatorDecision {
    var choices: [Candidate]
    /// The reasons, one line each: what won, what lost and why.
    var explanation: [String]

    /// As written in a program: `role link "Next" | "li.next > a"`.
    var source: String { choices.map(\.source).joined(separator: " | ") }

    /// The locator a program holds: the choices in order.
    var locator: Locator { Locator(choices: choices.map(\.choice)) }
}

/// What each candidate selects on each page, computed once per compile: a step repeated on many pages,
/// and the same candidates tried for many steps of one page, ask the same questions again and again.
final class Selections {
    private struct Key: Hashable {
        var document: ObjectIdentifier
        var context: Node?
        var selector: Selector
    }

    private var compiled: [Selector: CompiledSelector?] = [:]
    private var found: [Key: [Node]?] = [:]
    private var generated: [Node: [Candidate]] = [:]

    /// `CandidateGenerator.candidates(for:)`, once per element: steps repeated on one page ask again.
    func candidates(for node: Node) -> [Candidate] {
        if let done = generated[node] { return done }
        let made = CandidateGenerator.candidates(for: node)
        generated[node] = made
        return made
    }

    /// The nodes `selector` selects in `document` (inside `context`), or nil when it is not valid there.
    func select(_ selector: Selector, in document: HTMLDocument, context: Node?) -> [Node]? {
        let key = Key(document: ObjectIdentifier(document), context: context, selector: selector)
        if let hit = found[key] { return hit }
        let result = compiledSelector(selector).flatMap { try? document.select($0, in: context) }
        found[key] = .some(result)
        return result
    }

    private func compiledSelector(_ selector: Selector) -> CompiledSelector? {
        if let hit = compiled[selector] { return hit }
        let made = try? CompiledSelector(selector)
        compiled[selector] = .some(made)
        return made
    }
}

enum SelectorChooser {
    static let maximumChoices = 3

    /// Nil when no candidate finds exactly the element on every sighting (the reasons are in `rejected`).
    /// `absent`: pages where the locator must find nothing (the last page of a listing, where "next" is gone).
    static func choose(
        _ sightings: [Sighting], absent: [HTMLDocument] = [], selections: Selections, rejected: inout [String]
    ) -> LocatorDecision? {
        guard !sightings.isEmpty else { return nil }
        var seen: Set<String> = []
        var candidates: [Candidate] = []
        // A recorded selector the generator also makes stands for that kind too: no second one of it.
        var shadowed: [String: Candidate.Kind] = [:]
        for sighting in sightings {
            for c in recordedCandidates(sighting.recorded) + selections.candidates(for: sighting.target) {
                if seen.insert(c.source).inserted {
                    candidates.append(c)
                } else if c.kind != .recorded, shadowed[c.source] == nil {
                    shadowed[c.source] = c.kind
                }
            }
        }
        // Best first, and only as many checked as it takes: checking a candidate means running it on every
        // page the step ran on, which is most of the compiler's time on large pages.
        candidates.sort { ($0.kind, $0.cost, $0.source) < ($1.kind, $1.cost, $1.source) }
        var chosen: [Candidate] = []
        var used: Set<Candidate.Kind> = []
        for candidate in candidates {
            // Fallbacks earn their place by failing differently: one per kind, and no positional path
            // behind two stable choices.
            if used.contains(candidate.kind) { continue }
            if chosen.count >= 2 && candidate.kind >= .structural { break }
            if let problem = problem(with: candidate, in: sightings, selections)
                ?? presence(of: candidate, on: absent, selections)
            {
                rejected.append("\(candidate.source) (\(candidate.kind.noun)) lost: \(problem)")
                continue
            }
            chosen.append(candidate)
            used.insert(candidate.kind)
            if let kind = shadowed[candidate.source] { used.insert(kind) }
            if chosen.count == maximumChoices { break }
        }
        guard let best = chosen.first else { return nil }
        var why = ["\(best.source): \(best.kind.noun), finds exactly the element on \(pages(sightings.count))"]
        if chosen.count > 1 { why.append("fallbacks: " + chosen.dropFirst().map(\.source).joined(separator: ", ")) }
        return LocatorDecision(choices: chosen, explanation: why)
    }

    /// Why `candidate` does not find exactly the target everywhere, or nil when it does.
    static func problem(with candidate: Candidate, in sightings: [Sighting], _ selections: Selections) -> String? {
        for sighting in sightings {
            guard let found = selections.select(candidate.selector, in: sighting.document, context: sighting.context)
            else { return "not a valid selector here" }
            if found.isEmpty { return "finds nothing on the page of step \(sighting.step)" }
            if found.count > 1 { return "finds \(found.count) elements on the page of step \(sighting.step)" }
            if found[0] != sighting.target { return "finds another element on the page of step \(sighting.step)" }
        }
        return nil
    }

    /// Why `candidate` must not be used where it has to find nothing: it finds something on one of `pages`.
    static func presence(of candidate: Candidate, on pages: [HTMLDocument], _ selections: Selections) -> String? {
        for page in pages where selections.select(candidate.selector, in: page, context: nil)?.isEmpty == false {
            return "still finds an element on the last page, where the loop must stop"
        }
        return nil
    }

    /// The recording's selectors as candidates (CSS, or XPath as `SelectorText.isXPath` tells).
    static func recordedCandidates(_ recorded: [String]) -> [Candidate] {
        recorded.map { text in
            Candidate(kind: .recorded, choice: SelectorText.choice(text), selector: SelectorText.selector(text))
        }
    }

    private static func pages(_ n: Int) -> String { n == 1 ? "its page" : "all \(n) pages" }
}
