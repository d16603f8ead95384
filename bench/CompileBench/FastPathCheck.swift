import Foundation
import WTExtract

/// `--check`: the shortcuts the compiler takes through WTExtract answer as the plain ways do, on every
/// snapshot of the generated trace — text compositions against rendered texts, and on a document that
/// indexes its elements (`HTMLDocument.indexElements`) CSS, exact-text and role selections against the
/// same selections on one that does not.
enum FastPathCheck {
    /// How many comparisons agreed; the first disagreement, if any.
    struct Outcome {
        var checks = 0
        var mismatch: String?
    }

    static func run(_ generated: GeneratedTrace) -> Outcome {
        var outcome = Outcome()
        for path in generated.snapshotPaths where outcome.mismatch == nil {
            let url = generated.directory.appendingPathComponent(path)
            let html = String(decoding: FileManager.default.contents(atPath: url.path) ?? Data(), as: UTF8.self)
            guard let plain = try? HTMLDocument(html: html, url: SitePages.base),
                let indexed = try? HTMLDocument(html: html, url: SitePages.base)
            else { continue }
            indexed.indexElements()
            check(plain, indexed, page: path, into: &outcome)
        }
        return outcome
    }

    private static func check(_ plain: HTMLDocument, _ indexed: HTMLDocument, page: String, into outcome: inout Outcome)
    {
        let elements = (try? plain.select(.css("*"))) ?? []
        // Nodes of the two documents are told apart by their place in document order.
        var places: [Node: Int] = [:]
        for (place, node) in elements.enumerated() { places[node] = place }
        for (place, node) in ((try? indexed.select(.css("*"))) ?? []).enumerated() { places[node] = place }
        for (node, composition) in zip(elements, plain.textCompositions(elements)) {
            let rendered = node.text
            let text = TextComposition(of: rendered)
            let others = rendered.unicodeScalars.count { !$0.isASCII }
            agree(
                composition.printableASCII == text.printableASCII && composition.asciiDigits == text.asciiDigits
                    && composition.printableHash == text.printableHash && composition.nonASCIIBytes >= others,
                "text composition of \(node.absoluteXPath) on \(page)", &outcome)
        }
        for selector in selectors(elements) {
            let a = (try? plain.select(selector)).map { $0.map { places[$0] } }
            let b = (try? indexed.select(selector)).map { $0.map { places[$0] } }
            agree(a == b, "\(selector) on \(page)", &outcome)
        }
    }

    /// Per tag and class seen, selections the index answers: `tag`, `.class`, `tag.class`, `body .class`;
    /// exact texts and roles of some of the short texts shown, and every role without a name.
    private static func selectors(_ elements: [Node]) -> [Selector] {
        var css: Set<String> = []
        var texts: Set<String> = []
        for node in elements {
            guard let tag = node.tagName else { continue }
            css.insert(tag)
            for name in node.classes where name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) {
                css.formUnion([".\(name)", "\(tag).\(name)", "body .\(name)"])
            }
            let text = node.text
            if !text.isEmpty, text.count <= 40, !text.contains("\n") { texts.insert(text) }
        }
        let roles = SemanticXPath.implicitRoles.keys.sorted()
        var out = css.sorted().map(Selector.css)
        // Evaluating these the plain way walks the page once per element (a named role, once per element
        // of the role): a sample is enough.
        for (k, text) in texts.sorted().enumerated().filter({ $0.offset % 8 == 0 }).prefix(24).enumerated() {
            out.append(.xpath(SemanticXPath.exactText(text.element)))
            if k % 4 == 0 {
                out.append(.xpath(SemanticXPath.roleXPath(k % 8 == 0 ? "link" : "button", name: text.element)))
            }
        }
        return out + roles.map { .xpath(SemanticXPath.roleXPath($0, name: nil)) }
    }

    private static func agree(_ same: Bool, _ what: String, _ outcome: inout Outcome) {
        outcome.checks += 1
        if !same, outcome.mismatch == nil { outcome.mismatch = what }
    }
}
