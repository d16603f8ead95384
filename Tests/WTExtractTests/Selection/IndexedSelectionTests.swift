import Foundation
import Testing
import WTTestSupport

@testable import WTExtract

/// `HTMLDocument.indexElements()` and `textCompositions(_:)` are shortcuts the compiler takes: each must
/// answer exactly as the plain way does. Every selection is run on an indexed and a plain parse of the same
/// page and compared by document order; every element's composition is compared with its rendered text.
@Suite("Indexed documents answer as plain ones")
struct IndexedSelectionTests {
    /// Pages with what the shortcuts must get right: hidden and skipped elements, scripts, `pre`, tabs in
    /// class lists, repeated classes, role attributes overriding implicit roles, implied `<tbody>`, SVG,
    /// non-ASCII text, carriage returns and upper-case markup.
    static let tricky = """
        <html><head><title>Shop</title><style>.x{}</style><script>var a = "Next";</script></head>
        <BODY><div class="card\tcard  wide" id="a"><h2 class="title">Lamp</h2><span class="price">$1,299.00</span>
        <a href="/p/1" class="card-link">Next</a><a role="button" href="/b">Buy</a></div>
        <div class="card" hidden><span class="title">Hidden lamp</span></div>
        <div style="display: none"><button>Next</button></div>
        <table><tr><td class="cell">Prix\r\n 12,50 €</td><td>Éclair</td></tr></table>
        <pre class="code">  two  spaces\n  kept  </pre>
        <nav role="navigation"><a href="/n">Next page</a><span role="link">Next page</span></nav>
        <svg><g class="title"><text>Lamp</text></g></svg>
        <button type="submit">  Search   now </button><input type="search" aria-label="Keywords">
        <ul><li>One <b>two</b></li><li>One two</li><li><i>One</i> two</li></ul></BODY></html>
        """

    static func pages() throws -> [(name: String, html: String)] {
        var out = [(name: "tricky", html: tricky)]
        let samples = Paths.samples
        for sample in try FileManager.default.contentsOfDirectory(atPath: samples.path).sorted() {
            let folder = samples.appendingPathComponent("\(sample)/trace/snapshots")
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            for file in files.sorted() where file.hasSuffix(".html") {
                let html = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                out.append((name: "\(sample)/\(file)", html: html))
            }
        }
        return out
    }

    @Test("sample snapshots: CSS, exact-text and role selections select the same nodes")
    func samplePages() throws {
        let pages = try Self.pages()
        #expect(pages.count > 20, "the samples' snapshots were not found")
        var compared = 0
        for page in pages {
            compared += try compare(Self.selectors(of: page.html), on: page.html, name: page.name)
        }
        #expect(compared > 1_000)
    }

    @Test("selector corpus: every selection of the conformance data selects the same nodes")
    func corpus() throws {
        let corpus = try #require(SelectorCorpus.shared, "conformance data missing")
        var selectors: [String: [Selector]] = [:]
        for c in corpus.selectIDs.cases { selectors["HTML_IDS", default: []] += c.selectors.map(Selector.css) }
        for c in corpus.selectXMLLangIDs.cases {
            selectors["XMLLANG_IDS", default: []] += c.selectors.map(Selector.css)
        }
        selectors["HTML_SHAKESPEARE", default: []] += corpus.count.cases.map { .css($0.css) }
        selectors["PARSEL_HTMLBODY", default: []] += corpus.pseudoElements.cases.map { .css($0.css) }
        for (fixture, list) in selectors.sorted(by: { $0.key < $1.key }) {
            let html = try #require(corpus.fixtures[fixture])
            _ = try compare(list, on: html, name: fixture)
        }
    }

    @Test("text compositions count exactly what each element's rendered text holds")
    func compositions() throws {
        for page in try Self.pages() {
            let document = try HTMLDocument(html: page.html, url: "http://127.0.0.1/")
            let elements = try document.select(.css("*"))
            for (node, composition) in zip(elements, document.textCompositions(elements)) {
                let rendered = node.text
                let expected = TextComposition(of: rendered)
                #expect(composition.printableASCII == expected.printableASCII, "\(page.name) \(node.absoluteXPath)")
                #expect(composition.asciiDigits == expected.asciiDigits, "\(page.name) \(node.absoluteXPath)")
                #expect(composition.printableHash == expected.printableHash, "\(page.name) \(node.absoluteXPath)")
                let scalars = rendered.unicodeScalars.count { !$0.isASCII }
                #expect(composition.nonASCIIBytes >= scalars, "\(page.name) \(node.absoluteXPath)")
            }
        }
    }

    @Test("the index is a shortcut: documents that never ask for it select as before")
    func unindexedUnchanged() throws {
        let plain = try HTMLDocument(html: Self.tricky)
        #expect(plain.selectionIndex == nil)
        _ = try plain.select(.css(".title"))
        #expect(plain.selectionIndex == nil)
        let indexed = try HTMLDocument(html: Self.tricky)
        indexed.indexElements()
        #expect(try indexed.select(.css(".title")).map(\.text) == ["Lamp", "Hidden lamp", "Lamp"])
        #expect(indexed.selectionIndex != nil)
    }

    /// Selects each of `selectors` on a plain and an indexed parse of `html`; returns how many were compared.
    private func compare(_ selectors: [Selector], on html: String, name: String) throws -> Int {
        let plain = try HTMLDocument(html: html, url: "http://127.0.0.1/")
        let indexed = try HTMLDocument(html: html, url: "http://127.0.0.1/")
        indexed.indexElements()
        let order = try Self.places(in: plain).merging(Self.places(in: indexed)) { a, _ in a }
        for selector in selectors {
            let a = Result { try plain.select(selector).map { order[$0] ?? -1 } }
            let b = Result { try indexed.select(selector).map { order[$0] ?? -1 } }
            #expect(a.success == b.success, "\(name): \(selector)")
        }
        return selectors.count
    }

    /// Every node's place in document order (text and attribute nodes are not selected by what is compared
    /// with an index, and count as -1 if they ever are).
    private static func places(in document: HTMLDocument) throws -> [Node: Int] {
        var out: [Node: Int] = [:]
        for (place, node) in try document.select(.css("*")).enumerated() { out[node] = place }
        return out
    }

    /// For each tag and class on the page: `tag`, `.class`, `tag.class`, `body .class`, `.a, tag`; for
    /// each short text shown: its exact-text selection and a link, button and no-role query by it; every
    /// known role without a name.
    static func selectors(of html: String) throws -> [Selector] {
        let document = try HTMLDocument(html: html)
        var css: Set<String> = []
        var texts: Set<String> = []
        for node in try document.select(.css("*")) {
            guard let tag = node.tagName else { continue }
            css.insert(tag)
            for name in node.classes where name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) {
                css.formUnion([".\(name)", "\(tag).\(name)", "body .\(name)", ".\(name), \(tag)"])
            }
            let text = node.text
            if !text.isEmpty, text.count <= 40, !text.contains("\n") { texts.insert(text) }
        }
        var out = css.sorted().map(Selector.css)
        for text in texts.sorted() {
            out.append(.xpath(SemanticXPath.exactText(text)))
            out += ["link", "button", "heading"].map { .xpath(SemanticXPath.roleXPath($0, name: text)) }
        }
        return out + SemanticXPath.implicitRoles.keys.sorted().map { .xpath(SemanticXPath.roleXPath($0, name: nil)) }
    }
}

extension Result {
    fileprivate var success: Success? { try? get() }
}
