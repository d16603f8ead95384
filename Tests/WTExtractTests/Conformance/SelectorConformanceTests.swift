import Testing
import WTExtract
import WTSelector

/// Every case of `Tests/Fixtures/conformance/css-selectors.json`, run through the CSS → XPath translator and
/// libxml2 on the corpus fixtures. Where a browser disagrees with the corpus, `BrowserDeviations`
/// holds the browser's answer, which is asserted instead.
@Suite("CSS selector conformance")
struct SelectorConformanceTests {
    struct SelectorCase: Sendable, CustomTestStringConvertible {
        var css: String
        var ids: [String]
        var fixture: String?
        var testDescription: String { css }
    }

    static let corpus = SelectorCorpus.shared

    static func idCases(_ section: SelectorCorpus.Section<SelectorCorpus.IDCase>?) -> [SelectorCase] {
        guard let section else { return [] }
        return section.cases.flatMap { c in
            c.selectors.map { SelectorCase(css: $0, ids: c.ids, fixture: section.fixture) }
        }
    }

    static let selectIDCases = idCases(corpus?.selectIDs)
    static let xmlLangCases = idCases(corpus?.selectXMLLangIDs)

    @Test("select_ids: each selector selects the expected elements", arguments: selectIDCases)
    func selectIDs(_ c: SelectorCase) throws {
        let expected = BrowserDeviations.selectIDs[c.css]?.ids ?? c.ids
        #expect(try ConformanceRunner.outcome(c.css, in: ConformanceRunner.document(c.fixture)) == expected)
    }

    @Test(
        "the portable XPath (no wt:has-class) selects exactly what the engine's XPath selects",
        arguments: selectIDCases + xmlLangCases)
    func portable(_ c: SelectorCase) throws {
        let deviation = BrowserDeviations.selectIDs[c.css] ?? BrowserDeviations.xmlLangIDs[c.css]
        guard deviation?.ids != ["error"] else { return }
        let document = try ConformanceRunner.document(c.fixture)
        let portable = try CompiledSelector(xpath: CSSToXPath.translate(CSSSelectorParser.parse(c.css)))
        #expect(!portable.xpath.contains("wt:has-class"))
        #expect(try document.select(portable) == document.select(CompiledSelector(css: c.css)))
    }

    @Test(
        "select_ids_errors: selectors cssselect rejects select what a browser selects",
        arguments: corpus?.selectIDErrors.cases ?? [])
    func selectIDErrors(_ c: SelectorCorpus.ErrorCase) throws {
        let deviation = try #require(BrowserDeviations.selectIDs[c.css], "no browser result recorded for \(c.css)")
        let document = try ConformanceRunner.document(Self.corpus?.selectIDErrors.fixture)
        #expect(try ConformanceRunner.ids(c.css, in: document) == deviation.ids)
    }

    @Test("select_xmllang_ids: :lang() ignores xml:lang in HTML, as browsers do", arguments: xmlLangCases)
    func xmlLang(_ c: SelectorCase) throws {
        let expected = BrowserDeviations.xmlLangIDs[c.css]?.ids ?? c.ids
        #expect(try ConformanceRunner.outcome(c.css, in: ConformanceRunner.document(c.fixture)) == expected)
    }

    @Test("count: each selector counts the expected elements from <body>", arguments: corpus?.count.cases ?? [])
    func count(_ c: SelectorCorpus.CountCase) throws {
        let document = try ConformanceRunner.document(Self.corpus?.count.fixture)
        let body = try #require(try document.select(CompiledSelector(css: "body")).first)
        #expect(try document.select(CompiledSelector(css: c.css), in: body).count == c.count)
    }

    @Test("nth_series: an+b selects the positions it denotes, or is rejected", arguments: corpus?.nthSeries.cases ?? [])
    func nthSeries(_ c: SelectorCorpus.NthCase) throws {
        let css = "#first-ol > li:nth-child(\(c.arg))"
        guard let ab = c.ab, ab.count == 2 else {
            #expect(throws: ExtractError.self) { try CompiledSelector(css: css) }
            return
        }
        let document = try ConformanceRunner.document("HTML_IDS")
        let expected = ConformanceRunner.positions(a: ab[0], b: ab[1], count: 7)
        let items = try document.select(CompiledSelector(css: "#first-ol > li"))
        let selected = try document.select(CompiledSelector(css: css))
        #expect(selected.compactMap { items.firstIndex(of: $0).map { $0 + 1 } } == expected)
    }

    @Test(
        "must_fail: syntax errors are rejected with a message; valid CSS selects what a browser selects",
        arguments: corpus?.mustFail.cases ?? [])
    func mustFail(_ c: SelectorCorpus.ErrorCase) throws {
        if BrowserDeviations.acceptedSelectingNothing[c.css] != nil {
            #expect(try ConformanceRunner.ids(c.css, in: ConformanceRunner.document("HTML_IDS")) == [])
            return
        }
        if let kind = BrowserDeviations.acceptedByBrowsers[c.css] {
            let document = try ConformanceRunner.document("HTML_IDS")
            let reference = try OfTypeReference.ids(
                kind, in: document, requireDescendant: c.css.hasPrefix("*:has(f)") ? "f" : nil)
            #expect(try ConformanceRunner.ids(c.css, in: document) == reference)
            return
        }
        let error = #expect(throws: ExtractError.self) { try CompiledSelector(css: c.css) }
        #expect(error?.message.isEmpty == false)
    }

    @Test(
        "pseudo_elements: ::text and ::attr() extract the expected strings",
        arguments: corpus?.pseudoElements.cases ?? [])
    func pseudoElements(_ c: SelectorCorpus.PseudoElementCase) throws {
        let document = try ConformanceRunner.document(Self.corpus?.pseudoElements.fixture)
        #expect(try ConformanceRunner.extracted(c.css, in: document) == c.expected)
    }
}
