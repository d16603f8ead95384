import Foundation
import Testing
import WTExtract
import WTTestSupport

@testable import WTCompiler

/// `LabelLookups` rewrites the label lookups of semantic locators into the ids they find on the page:
/// the rewritten XPath must select exactly what the original does.
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
            let lookups = LabelLookups()
            var names: Set<String> = ["Keywords", "Email", "It's \"odd\"", "Wrapped", "nothing here"]
            for node in try document.select(.css("label, a, button, input, [aria-label]")) {
                if let name = node.accessibleName, !name.isEmpty { names.insert(name) }
            }
            for name in names.sorted() {
                let xpaths =
                    [SemanticXPath.labelled(name)]
                    + ["link", "button", "textbox", "searchbox"].map { SemanticXPath.roleXPath($0, name: name) }
                for xpath in xpaths {
                    let inlined = lookups.inlined(xpath, in: document)
                    if inlined != xpath { rewritten += 1 }
                    #expect(
                        try document.select(.xpath(inlined)) == document.select(.xpath(xpath)), "\(name): \(xpath)")
                }
            }
        }
        #expect(rewritten > 100, "the lookups were not found in the locators' XPath")
    }

    @Test("a lookup inside a string literal is left alone")
    func literalsUntouched() {
        let xpath = "//*[@title='@id=//label[@for][normalize-space(.)=\"a\"]/@for']"
        #expect(LabelLookups.lookups(in: Array(xpath.utf8)).isEmpty)
    }
}
