import WTExtract

/// One place a step acted on an element: the page, the element, and the `within` element it was looked
/// up in (nil for the whole page).
struct Sighting {
    var document: HTMLDocument
    var target: Node
    var context: Node?
    /// The trace step, for explanations.
    var step: Int
}

/// The locator chosen for a step: the best candidate and up to two fallbacks of other kinds, each
/// checked to find exactly the acted-on element on every snapshot where the step ran.
struct LocatorDecision {
    var choices: [Candidate]
    /// The reasons, one line each: what won, what lost and why.
    var explanation: [String]

    /// As written in a program: `role link "Next" | "li.next > a"`.
    var source: String { choices.map(\.source).joined(separator: " | ") }
}

enum SelectorChooser {
    static let maximumChoices = 3

    /// Nil when no candidate finds exactly the element on every sighting (the reasons are in `rejected`).
    static func choose(_ sightings: [Sighting], rejected: inout [String]) -> LocatorDecision? {
        guard !sightings.isEmpty else { return nil }
        var seen: Set<String> = []
        var candidates: [Candidate] = []
        for sighting in sightings {
            for c in CandidateGenerator.candidates(for: sighting.target) where seen.insert(c.source).inserted {
                candidates.append(c)
            }
        }
        var verified: [Candidate] = []
        for candidate in candidates {
            if let problem = problem(with: candidate, in: sightings) {
                rejected.append("\(candidate.source) (\(candidate.kind.noun)) lost: \(problem)")
            } else {
                verified.append(candidate)
            }
        }
        verified.sort { ($0.kind, $0.cost, $0.source) < ($1.kind, $1.cost, $1.source) }
        var chosen: [Candidate] = []
        for candidate in verified where chosen.count < maximumChoices {
            // Fallbacks earn their place by failing differently: one per kind, and no positional path
            // behind two stable choices.
            guard !chosen.contains(where: { $0.kind == candidate.kind }) else { continue }
            if chosen.count >= 2 && candidate.kind >= .structural { break }
            chosen.append(candidate)
        }
        guard let best = chosen.first else { return nil }
        var why = ["\(best.source): \(best.kind.noun), finds exactly the element on \(pages(sightings.count))"]
        if chosen.count > 1 { why.append("fallbacks: " + chosen.dropFirst().map(\.source).joined(separator: ", ")) }
        return LocatorDecision(choices: chosen, explanation: why)
    }

    /// Why `candidate` does not find exactly the target everywhere, or nil when it does.
    static func problem(with candidate: Candidate, in sightings: [Sighting]) -> String? {
        for sighting in sightings {
            guard let compiled = try? CompiledSelector(candidate.selector),
                let found = try? sighting.document.select(compiled, in: sighting.context)
            else { return "not a valid selector here" }
            if found.isEmpty { return "finds nothing on the page of step \(sighting.step)" }
            if found.count > 1 { return "finds \(found.count) elements on the page of step \(sighting.step)" }
            if found[0] != sighting.target { return "finds another element on the page of step \(sighting.step)" }
        }
        return nil
    }

    private static func pages(_ n: Int) -> String { n == 1 ? "its page" : "all \(n) pages" }
}
