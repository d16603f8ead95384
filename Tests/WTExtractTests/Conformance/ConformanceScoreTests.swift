import Foundation
import Testing
import WTExtract

/// Runs the whole corpus once more and prints the score per section: cases passed, and how many of
/// them pass by following the browser where it disagrees with the corpus. The per-case tests in
/// `SelectorConformanceTests` say which case fails; this one keeps the numbers honest.
@Suite("CSS selector conformance score")
struct ConformanceScoreTests {
    struct Score: CustomStringConvertible {
        var section: String
        var total = 0
        var passed = 0
        var asCorpus = 0
        var byBrowser: [String] = []

        mutating func record(_ ok: Bool, matchesCorpus: Bool, css: String) {
            total += 1
            guard ok else { return }
            passed += 1
            if matchesCorpus { asCorpus += 1 } else { byBrowser.append(css) }
        }

        var description: String {
            let pad = section.padding(toLength: 20, withPad: " ", startingAt: 0)
            return
                "\(pad) \(passed)/\(total) passed (\(asCorpus) as the corpus expects, \(byBrowser.count) following the browser)"
        }
    }

    @Test("every corpus case passes, and the score is printed")
    func score() throws {
        let corpus = try #require(SelectorCorpus.shared, "cannot read \(SelectorCorpus.url.path)")
        let scores = [
            try idScore("select_ids", corpus.selectIDs),
            try errorSectionScore(corpus),
            try idScore("select_xmllang_ids", corpus.selectXMLLangIDs, deviations: BrowserDeviations.xmlLangIDs),
            try countScore(corpus),
            try nthScore(corpus),
            try mustFailScore(corpus),
            try pseudoElementScore(corpus),
        ]
        let passed = scores.map(\.passed).reduce(0, +)
        let total = scores.map(\.total).reduce(0, +)
        var lines = scores.map(\.description) + ["total                \(passed)/\(total)"]
        for score in scores where !score.byBrowser.isEmpty {
            lines.append("\(score.section) following the browser: " + score.byBrowser.joined(separator: " | "))
        }
        print(lines.map { "conformance: " + $0 }.joined(separator: "\n"))
        #expect(passed == total)
        // select_ids has 132 cases holding 163 selectors; every selector is a case here.
        #expect(total == 163 + 1 + 9 + 49 + 24 + 28 + 12)
    }

    private func idScore(
        _ name: String, _ section: SelectorCorpus.Section<SelectorCorpus.IDCase>,
        deviations: [String: BrowserDeviations.Deviation] = BrowserDeviations.selectIDs
    ) throws -> Score {
        var score = Score(section: name)
        let document = try ConformanceRunner.document(section.fixture)
        for c in section.cases {
            for css in c.selectors {
                let got = ConformanceRunner.outcome(css, in: document)
                let want = deviations[css]?.ids ?? c.ids
                score.record(got == want, matchesCorpus: got == c.ids, css: css)
            }
        }
        return score
    }

    private func errorSectionScore(_ corpus: SelectorCorpus) throws -> Score {
        var score = Score(section: "select_ids_errors")
        let document = try ConformanceRunner.document(corpus.selectIDErrors.fixture)
        for c in corpus.selectIDErrors.cases {
            let got = try? ConformanceRunner.ids(c.css, in: document)
            let want = BrowserDeviations.selectIDs[c.css]?.ids
            score.record(got != nil && got == want, matchesCorpus: got == nil, css: c.css)
        }
        return score
    }

    private func countScore(_ corpus: SelectorCorpus) throws -> Score {
        var score = Score(section: "count")
        let document = try ConformanceRunner.document(corpus.count.fixture)
        let body = try document.select(CompiledSelector(css: "body")).first
        for c in corpus.count.cases {
            let got = try? document.select(CompiledSelector(css: c.css), in: body).count
            score.record(got == c.count, matchesCorpus: true, css: c.css)
        }
        return score
    }

    private func nthScore(_ corpus: SelectorCorpus) throws -> Score {
        var score = Score(section: "nth_series")
        let document = try ConformanceRunner.document("HTML_IDS")
        let items = try document.select(CompiledSelector(css: "#first-ol > li"))
        for c in corpus.nthSeries.cases {
            let compiled = try? CompiledSelector(css: "#first-ol > li:nth-child(\(c.arg))")
            guard let ab = c.ab, ab.count == 2 else {
                score.record(compiled == nil, matchesCorpus: true, css: c.arg)
                continue
            }
            let got = compiled.flatMap { try? document.select($0) }?.compactMap {
                items.firstIndex(of: $0).map { $0 + 1 }
            }
            score.record(
                got == ConformanceRunner.positions(a: ab[0], b: ab[1], count: 7), matchesCorpus: true, css: c.arg)
        }
        return score
    }

    private func mustFailScore(_ corpus: SelectorCorpus) throws -> Score {
        var score = Score(section: "must_fail")
        let document = try ConformanceRunner.document("HTML_IDS")
        for c in corpus.mustFail.cases {
            if BrowserDeviations.acceptedSelectingNothing[c.css] != nil {
                score.record(ConformanceRunner.outcome(c.css, in: document) == [], matchesCorpus: false, css: c.css)
                continue
            }
            guard let kind = BrowserDeviations.acceptedByBrowsers[c.css] else {
                score.record((try? CompiledSelector(css: c.css)) == nil, matchesCorpus: true, css: c.css)
                continue
            }
            let descendant = c.css.hasPrefix("*:has(f)") ? "f" : nil
            let want = try OfTypeReference.ids(kind, in: document, requireDescendant: descendant)
            score.record((try? ConformanceRunner.ids(c.css, in: document)) == want, matchesCorpus: false, css: c.css)
        }
        return score
    }

    private func pseudoElementScore(_ corpus: SelectorCorpus) throws -> Score {
        var score = Score(section: "pseudo_elements")
        let document = try ConformanceRunner.document(corpus.pseudoElements.fixture)
        for c in corpus.pseudoElements.cases {
            score.record(
                (try? ConformanceRunner.extracted(c.css, in: document)) == c.expected, matchesCorpus: true, css: c.css)
        }
        return score
    }
}
