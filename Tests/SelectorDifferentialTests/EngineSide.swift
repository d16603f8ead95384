import WTExtract

/// What WTExtract selects: the same identities `ChromiumSide` reports, or `error` when the selector is
/// rejected.
enum EngineSide {
    /// Identities of the elements `css` selects in `markup`, in document order; `["error"]` when the
    /// selector does not compile or evaluate.
    static func select(_ selectors: [String], in markup: String) -> [[String]] {
        guard let document = try? HTMLDocument(html: markup, url: "http://127.0.0.1/") else {
            return selectors.map { _ in ["document-unparsable"] }
        }
        let names = identities(document)
        return selectors.map { css in
            do {
                let nodes = try document.select(CompiledSelector(css: css))
                return nodes.map { names[$0] ?? "non-element" }
            } catch {
                return [Verdict.error]
            }
        }
    }

    /// `#id` for elements with an id, otherwise `tag@n` (the n-th element of that name in document
    /// order, from 0), the same rule the page script applies.
    static func identities(_ document: HTMLDocument) -> [Node: String] {
        var out: [Node: String] = [:]
        var seen: [String: Int] = [:]
        let all = (try? document.select(CompiledSelector(xpath: "//*"))) ?? []
        for node in all {
            let tag = node.tagName ?? "?"
            let n = seen[tag, default: 0]
            seen[tag] = n + 1
            if let id = node.attribute("id"), !id.isEmpty {
                out[node] = "#" + id
            } else {
                out[node] = "\(tag)@\(n)"
            }
        }
        return out
    }
}

/// The outcome marker for a rejected selector, shared by both sides.
enum Verdict {
    static let error = "error"
}
