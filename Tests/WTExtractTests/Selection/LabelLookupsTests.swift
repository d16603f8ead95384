import Foundation
import Testing
import WTTestSupport

@testable import WTExtract

/// XPath evaluation rewrites the label lookups of semantic locators into the ids they find on the page
/// (`XPathSession.withLabelsInlined`): what is selected must be exactly what libxml2 selects for the
/// lookup as written. `@id=/descendant-or-self::node()/…` is the same lookup spelled so it is not
/// rewritten (`//` is its abbreviation).
@Suite("Label lookups inlined")
struct LabelLookupsTests {
    static let form = """
        <form><label for="q">Keywords</label><input id="q" type="search">
        <label for="e">Email</label><label for="e2">Email</label><input id="e"><input id="e2">
        <span id="n">It's "odd"</span><input aria-labelledby="n" id="o">
        <label>Wrapped <input id="w"></label><button id="b" aria-labelledby="n">x</button>
        <a href="/x" id="Keywords">Keywords</a></form>
        """

    @Test("label and role locators select the same elements, on a form and on every sample snapshot")
    func sameSelections() throws {
        var pages = [Self.form]
        for sample in try FileManager.default.contentsOfDirectory(atPath: Paths.samples.path).sorted() {
            let folder = Paths.samples.appendingPathComponent("\(sample)/trace/snapshots")
            for file in (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() ?? [] {
                pages.append(try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
            }
        }
        var rewritten = 0
        for html in pages {
            let document = try HTMLDocument(html: html)
            var names: Set<String> = ["Keywords", "Email", "It's \"odd\"", "Wrapped", "nothing here"]
            for node in try document.select(.css("label, a, button, input, [aria-label]")) {
                if let name = node.accessibleName, !name.isEmpty { names.insert(name) }
            }
            for name in names.sorted() {
                let xpaths = [true, false].flatMap { exact in
                    [SemanticXPath.labelled(name, exact: exact)]
                        + ["link", "button", "textbox", "searchbox"].map {
                            SemanticXPath.roleXPath($0, name: name, exact: exact)
                        }
                }
                for xpath in xpaths {
                    let spelledOut = xpath.replacingOccurrences(of: "@id=//", with: "@id=/descendant-or-self::node()/")
                        .replacingOccurrences(
                            of: "@aria-labelledby=//", with: "@aria-labelledby=/descendant-or-self::node()/")
                    if spelledOut != xpath { rewritten += 1 }
                    #expect(
                        try document.select(.xpath(xpath)) == document.select(.xpath(spelledOut)), "\(name): \(xpath)")
                }
            }
        }
        #expect(rewritten > 100, "the lookups were not found in the locators' XPath")
    }

    @Test("a lookup inside a string literal is left alone")
    func literalsUntouched() {
        let xpath = "//*[@title='@id=//label[@for][normalize-space(.)=\"a\"]/@for']"
        #expect(XPathSession.labelLookups(in: Array(xpath.utf8)).isEmpty)
    }

    @Test("a lookup is rewritten into the ids it finds, or false() when it finds none")
    func rewritten() throws {
        let document = try HTMLDocument(html: Self.form)
        let session = try document.xpathSession()
        let email = SemanticXPath.labelled("Email")
        #expect(
            session.withLabelsInlined(email).contains("(@id='e' or @id='e2')"), "\(session.withLabelsInlined(email))")
        let none = SemanticXPath.labelled("nothing here")
        #expect(session.withLabelsInlined(none).contains("false()"))
        #expect(!session.withLabelsInlined(none).contains("//label"))
        #expect(try document.select(.xpath(email)).compactMap { $0.attribute("id") } == ["e", "e2"])
        let odd = SemanticXPath.labelled("it's \"ODD\"", exact: false)
        #expect(session.withLabelsInlined(odd).contains("(@aria-labelledby='n')"), "\(session.withLabelsInlined(odd))")
        #expect(try document.select(.xpath(odd)).compactMap { $0.attribute("id") } == ["o", "b"])
    }
}
