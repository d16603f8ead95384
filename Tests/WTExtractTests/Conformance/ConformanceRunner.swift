import Foundation
import WTExtract

/// Runs corpus selectors through `CompiledSelector` (CSS → XPath) and libxml2 on the corpus fixtures.
enum ConformanceRunner {
    /// Each fixture parsed once; documents are only read by the tests.
    static let documents: [String: HTMLDocument] = {
        var out: [String: HTMLDocument] = [:]
        for (name, html) in SelectorCorpus.shared?.fixtures ?? [:] {
            out[name] = try? HTMLDocument(html: html, url: "http://localhost/")
        }
        return out
    }()

    static func document(_ fixture: String?) throws -> HTMLDocument {
        guard let fixture, let document = documents[fixture] else { throw MissingFixture(name: fixture ?? "") }
        return document
    }

    struct MissingFixture: Error {
        var name: String
    }

    /// The ids of the elements `css` selects from the document, `nil` standing for elements without one.
    static func ids(_ css: String, in document: HTMLDocument, from context: Node? = nil) throws -> [String] {
        try document.select(CompiledSelector(css: css), in: context).map { $0.attribute("id") ?? "nil" }
    }

    /// The ids `css` selects, or `["error"]` when it does not compile (the browser's SyntaxError).
    static func outcome(_ css: String, in document: HTMLDocument) -> [String] {
        (try? ids(css, in: document)) ?? ["error"]
    }

    /// What a pseudo-element case extracts: markup for elements, the value for text and attributes;
    /// stripped, without empty strings (whitespace-only text nodes are formatting, as parsel's tests
    /// treat them).
    static func extracted(_ css: String, in document: HTMLDocument) throws -> [String] {
        try document.select(CompiledSelector(css: css)).map { node in
            (node.kind == .element ? node.outerHTML : node.value).trimmingCharacters(in: .whitespacesAndNewlines)
        }.filter { !$0.isEmpty }
    }

    /// The positions 1…count selected by an+b, computed directly.
    static func positions(a: Int, b: Int, count: Int) -> [Int] {
        (1...count).filter { p in
            a == 0 ? p == b : (p - b) % a == 0 && (p - b) / a >= 0
        }
    }
}

/// An independent DOM walk for `*-of-type` pseudo-classes, the cases cssselect cannot translate: the
/// translator's answer is checked against it rather than against hand-written ids.
enum OfTypeReference {
    enum Kind {
        case first, last, only, nth(Int), nthLast(Int)
    }

    static func ids(_ kind: Kind, in document: HTMLDocument, requireDescendant name: String? = nil) throws -> [String] {
        var out: [String] = []
        for element in try document.select(CompiledSelector(css: "*")) {
            if let name, try document.select(CompiledSelector(css: name), in: element).allSatisfy({ $0 == element }) {
                continue
            }
            let same = (element.parent?.children ?? [element]).filter { $0.tagName == element.tagName }
            guard let index = same.firstIndex(of: element), matches(kind, index: index, count: same.count) else {
                continue
            }
            out.append(element.attribute("id") ?? "nil")
        }
        return out
    }

    private static func matches(_ kind: Kind, index: Int, count: Int) -> Bool {
        switch kind {
        case .first: index == 0
        case .last: index == count - 1
        case .only: count == 1
        case .nth(let n): index == n - 1
        case .nthLast(let n): count - index == n
        }
    }
}
