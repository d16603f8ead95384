import Testing
import WTSelector

/// The conformance corpus at parse level. See `ConformanceCorpus` for what is read.
struct ConformanceTests {
    static let corpus = ConformanceCorpus.load()

    /// Corpus selectors that cssselect rejects although they are valid CSS: cssselect cannot translate
    /// `*-of-type` pseudo-classes on a universal (or namespaced universal) selector, because XPath 1.0 has
    /// no "same name as the context node" test without knowing the name. That is a translation limit, not
    /// a syntax error, so the parser accepts them and the extraction engine decides.
    static let translationLimits: [String: String] = Dictionary(
        uniqueKeysWithValues: [
            "*:has(f):first-of-type", ":first-of-type", ":only-of-type", ":last-of-type", ":nth-of-type(1)",
            ":nth-last-of-type(1)", "ns|*:first-of-type", "ns|*:only-of-type", "ns|*:last-of-type",
            "ns|*:nth-of-type(1)", "ns|*:nth-last-of-type(1)", "p *:only-of-type",
        ].map { ($0, "cssselect cannot translate *-of-type on '*'; valid CSS, left to the translator") })

    /// Corpus cases where Chromium's `querySelectorAll` (the dialect's reference) disagrees with
    /// cssselect about validity; SelectorDifferentialTests checks each against Chromium.
    static let chromiumValidity: [String: Bool] = [
        ":lang(\"EN\")": false, ":lang(\"e\")": false, ":lang(\"en-us\")": false, ":lang('ZH')": false,
        ":matches(.c)": false,  // Chromium accepts :is() and :-webkit-any(), not :matches()
        ":after": true,  // CSS 2's one-colon pseudo-element: valid, selects nothing
    ]

    static var syntaxErrors: [String] {
        corpus.rejected.filter { translationLimits[$0] == nil && chromiumValidity[$0] == nil }
    }
    static var limitCases: [String] { corpus.rejected.filter { translationLimits[$0] != nil } }

    @Test("every selector the corpus expects to select something parses", arguments: corpus.valid)
    func validSelectorParses(_ c: ConformanceCorpus.Valid) {
        #expect((CSSSelectorParser.check(c.css) == nil) == (Self.chromiumValidity[c.css] ?? true))
    }

    @Test("corpus cases where Chromium differs from cssselect follow Chromium")
    func chromiumValidityFollowed() {
        for (css, valid) in Self.chromiumValidity { #expect((CSSSelectorParser.check(css) == nil) == valid, "\(css)") }
    }

    @Test("every an+b series case parses to the expected pair or is rejected", arguments: corpus.nth)
    func nthSeries(_ c: ConformanceCorpus.Nth) {
        let expected = c.ab.flatMap { $0.count == 2 ? AnPlusB(a: $0[0], b: $0[1]) : nil }
        #expect(AnPlusB(parsing: c.arg) == expected)
        let nth = try? CSSSelectorParser.parse(":nth-child(\(c.arg))")
        #expect(nth?.selectors.first?.head.subclasses == expected.map { [.pseudoClass(.nthChild($0, of: nil))] })
    }

    @Test("every selector the corpus rejects as a syntax error is rejected", arguments: syntaxErrors)
    func syntaxErrorRejected(_ css: String) {
        let error = CSSSelectorParser.check(css)
        #expect(error != nil)
        if let error { #expect(error.offset >= 0 && error.offset + error.length <= css.utf8.count) }
    }

    @Test("corpus cases rejected only for cssselect translation limits are valid CSS", arguments: limitCases)
    func translationLimitParses(_ css: String) {
        #expect(CSSSelectorParser.check(css) == nil, "\(Self.translationLimits[css] ?? "")")
    }

    @Test("the corpus has the expected number of parse-level cases")
    func counts() {
        let c = Self.corpus
        #expect(c.valid.count == 233)
        #expect(c.nth.count == 24)
        #expect(Self.syntaxErrors.count == 16)  // 17 in the corpus, less `:after`
        #expect(Self.limitCases.count == 12)
    }
}
