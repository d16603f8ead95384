import WTExtract
import WTTrace

/// One example page with its expected records and where each record lives.
struct PageRecords {
    var page: ExamplePage
    var records: [JSONValue]
    var roots: [RecordRoot]
}

/// A container selector that selects exactly the records, with the element it selects for each record
/// of each page (parallel to the pages).
struct Container {
    var css: String
    var nodes: [[Node]]
    /// The recording's own selector.
    var recorded = false
}

/// Finds container selectors that select one element of each record's root chain, in order, on every page.
enum ContainerSearch {
    /// Candidates tried: the best dozens are enough; the rest are rarely better than a failure.
    static let attemptLimit = 200

    /// Passing containers, best first (at most `wanted`); on failure, the candidate that got furthest.
    /// `losers` gets the first candidates that ranked above every passing one, with why they failed.
    /// `preferLowest`: among equally ranked selectors, prefer the element nearest the record's values
    /// (`one`), else the outermost one holding no other record (`each`). `recorded`: the recording's own
    /// selectors, tried first.
    static func find(
        _ pages: [PageRecords], preferLowest: Bool, wanted: Int, recorded: [String] = [], losers: inout [String]
    ) -> Result<[Container], GeneralizationFailure> {
        let total = pages.reduce(0) { $0 + $1.records.count }
        var passing: [Container] = []
        var closest: (css: String, miss: Miss)?
        var tried: Set<String> = []
        let generated = candidates(pages, preferLowest: preferLowest).prefix(attemptLimit)
        for css in recorded + generated where tried.insert(css).inserted {
            switch check(css, pages) {
            case .success(let nodes):
                passing.append(Container(css: css, nodes: nodes, recorded: recorded.contains(css)))
                if passing.count == wanted { return .success(passing) }
            case .failure(let miss):
                if passing.isEmpty, losers.count < FieldSearch.reportedLosers {
                    losers.append(GeneralizerMessages.lost("container '\(css)'", miss))
                }
                if miss.passed > (closest?.miss.passed ?? -1) { closest = (css, miss) }
            }
        }
        return passing.isEmpty ? .failure(GeneralizerMessages.noContainer(total, closest: closest)) : .success(passing)
    }

    /// Selectors for the root chain of the first record of the page with the most records: every
    /// container must select one element of that chain.
    private static func candidates(_ pages: [PageRecords], preferLowest: Bool) -> [String] {
        guard let page = pages.max(by: { $0.records.count < $1.records.count }), let root = page.roots.first else {
            return []
        }
        var ranked: [(order: [Int], css: String)] = []
        for (level, node) in root.chain.enumerated() {
            let height = preferLowest ? level : root.chain.count - 1 - level
            for candidate in SelectorCandidates.of(node, scope: nil, purpose: .container, on: page.page) {
                ranked.append(([candidate.rank, height, candidate.css.count, ranked.count], candidate.css))
            }
        }
        var seen: Set<String> = []
        return ranked.sorted { $0.order.lexicographicallyPrecedes($1.order) }.map(\.css).filter {
            seen.insert($0).inserted
        }
    }

    /// The elements `css` selects on each page when they are exactly the records' roots.
    private static func check(_ css: String, _ pages: [PageRecords]) -> Result<[[Node]], Miss> {
        let selectors = pages.first?.page.selectors ?? SelectorCache()
        guard case .success(let selector) = selectors.compile(css) else {
            return .failure(Miss(passed: 0, description: "is not a selector wtc reads"))
        }
        var passed = 0
        var out: [[Node]] = []
        for entry in pages {
            let nodes = entry.page.select(selector, css: css)
            guard nodes.count == entry.records.count else {
                let description = GeneralizerMessages.wrongCount(
                    nodes.count, expected: entry.records.count, url: entry.page.url)
                return .failure(Miss(passed: passed, description: description))
            }
            for (index, node) in nodes.enumerated() {
                guard entry.roots[index].chain.contains(node) else {
                    let description = GeneralizerMessages.outsideRecord(index + 1, url: entry.page.url)
                    return .failure(Miss(passed: passed, description: description))
                }
                passed += 1
            }
            out.append(nodes)
        }
        return .success(out)
    }
}
