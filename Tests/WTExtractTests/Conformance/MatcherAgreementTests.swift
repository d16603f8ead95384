import Testing
import WTSelector

@testable import WTExtract

/// The tree matcher (`MatchPlan`) and the XPath translation must select the same nodes: every corpus
/// selector the matcher covers is run both ways, from the document and from every element as context.
@Suite("Tree matcher agrees with XPath")
struct MatcherAgreementTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var css: String
        var fixture: String
        var testDescription: String { "\(fixture): \(css)" }
    }

    static let cases: [Case] = {
        guard let corpus = SelectorCorpus.shared else { return [] }
        var out: [Case] = []
        for c in corpus.selectIDs.cases { out += c.selectors.map { Case(css: $0, fixture: "HTML_IDS") } }
        for c in corpus.selectXMLLangIDs.cases { out += c.selectors.map { Case(css: $0, fixture: "XMLLANG_IDS") } }
        out += corpus.count.cases.map { Case(css: $0.css, fixture: "HTML_SHAKESPEARE") }
        out += corpus.pseudoElements.cases.map { Case(css: $0.css, fixture: "PARSEL_HTMLBODY") }
        out += corpus.mustFail.cases.map { Case(css: $0.css, fixture: "HTML_IDS") }
        let extra = [
            "li + li", "li ~ .c", "ol > li:nth-last-child(2n+1)", "a[href^=HTTP i]", "[rel|=tag], [rel~=nofollow]",
            "div :empty", "p ::attr(id)", "ol ::text", "li::text, li", "*:only-of-type", "html:root > body",
            "[foobar~=cde]", "a[href$=org]", "[id*=li]", "[lang=en-us]", "li:nth-of-type(odd)", "p ::text, b",
        ]
        out += extra.map { Case(css: $0, fixture: "HTML_IDS") }
        return out
    }()

    @Test("the matcher and XPath select the same nodes", arguments: cases)
    func agree(_ c: Case) throws {
        guard let compiled = try? CompiledSelector(css: c.css), compiled.plan != nil else { return }
        var viaXPath = compiled
        viaXPath.plan = nil
        let document = try ConformanceRunner.document(c.fixture)
        #expect(try document.select(compiled) == document.select(viaXPath))
        let elements = try document.select(CompiledSelector(css: "*"))
        for element in elements where compiled.plan?.usesSiblings == false {
            #expect(
                try document.select(compiled, in: element) == document.select(viaXPath, in: element), "from \(element)")
        }
    }

    @Test("most corpus selectors take the matcher")
    func coverage() throws {
        let planned = Self.cases.filter { (try? CompiledSelector(css: $0.css))?.plan != nil }.count
        // 183 of 278 when written: the rest use :not(), :has(), :lang(), :contains(), :scope or form states.
        #expect(planned * 100 >= Self.cases.count * 60, "\(planned) of \(Self.cases.count)")
    }
}
