import Foundation
import Testing
import WTExtract
import WTTestSupport

@testable import WTCompiler

/// `TextIndex` renders only the texts that could equal the one asked for, by their composition. It must
/// find exactly the elements a plain comparison of every element's text finds — Swift's `==` on strings
/// is canonical equivalence, so composed and decomposed spellings of one text are the same text.
@Suite("Text index")
struct TextIndexTests {
    /// Non-ASCII text in both normal forms, ligatures, no-break spaces and nested repeats.
    static let tricky = """
        <html><body><p>Crème brûlée</p><p>Cre\u{0300}me bru\u{0302}le\u{0301}e</p><span>ﬁne</span>
        <div><b>£1,299.00</b></div><div>£1,299.00</div><i>100\u{00A0}%</i><em>Ａ</em>
        <ul><li>one <b>two</b></li><li>one two</li></ul><h2>Ådne</h2><h3>A\u{030A}dne</h3>
        <b>5 K</b><q>why;</q><s>5 \u{212A}</s></body></html>
        """

    static func pages() throws -> [String] {
        var pages = [tricky]
        for sample in try FileManager.default.contentsOfDirectory(atPath: Paths.samples.path).sorted() {
            let folder = Paths.samples.appendingPathComponent("\(sample)/trace/snapshots")
            for file in (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() ?? [] {
                pages.append(try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
            }
        }
        return pages
    }

    @Test("every element's text, in its spellings, finds what comparing every element finds")
    func sameAsComparingAll() throws {
        var asked = 0
        for html in try Self.pages() {
            let page = ExamplePage(try HTMLDocument(html: html), url: "http://127.0.0.1/", selectors: SelectorCache())
            let index = TextIndex(page)
            let texts = Set(page.elements.map { page.text($0) })
            let spellings = texts.flatMap { text in
                [text, text.decomposedStringWithCanonicalMapping, text.precomposedStringWithCanonicalMapping]
            }
            // A Kelvin sign is a K and a Greek question mark a semicolon: non-ASCII values equal to ASCII texts.
            let singletons = ["5 \u{212A}", "why\u{037E}", "\u{212B}dne"]
            for text in Set(spellings + singletons + ["Crème brûlée", "absent", ""]) {
                let expected = page.elements.filter { page.text($0) == text }
                #expect(index.elements(showing: text) == expected, "\(text.debugDescription)")
                asked += 1
            }
        }
        #expect(asked > 500)
    }

    @Test("a composed value finds the decomposed text, and the other way round")
    func canonicalEquivalence() throws {
        let page = ExamplePage(
            try HTMLDocument(html: Self.tricky), url: "http://127.0.0.1/", selectors: SelectorCache())
        let index = TextIndex(page)
        #expect(index.elements(showing: "Crème brûlée").map(\.tagName) == ["p", "p"])
        #expect(index.elements(showing: "A\u{030A}dne").map(\.tagName) == ["h2", "h3"])
        #expect(index.elements(showing: "one two").map(\.tagName) == ["li", "li"])
        #expect(index.elements(showing: "5 K").map(\.tagName) == ["b", "s"])
        #expect(index.elements(showing: "why\u{037E}").map(\.tagName) == ["q"])
    }
}
