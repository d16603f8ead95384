import Foundation
import WTExtract

/// Candidate families for elements the names nearby do not tell apart: rows under an id further up
/// (`#orders tbody tr`, where a class shared with another table over-matches), links by where they go
/// (`a[href*="reviews.example"]`), table cells by column (`td:nth-child(4)`), and values found by the
/// label before them, which only XPath can say (`//dt[normalize-space()='Price']/following-sibling::dd[1]`).
extension SelectorCandidates {
    /// Labels longer than this are content, not labels.
    static let labelLimit = 40

    /// Under the nearest ancestor (within `scope`) with a stable id, however far up: `#id tag`, `#id
    /// parent tag`, the child path `#id > … > tag`, and for containers `#id tag:has(> child)`.
    static func anchored(
        _ node: Node, _ tag: String, ancestors: [Node], purpose: SelectorPurpose, _ memo: CandidateMemo
    ) -> [(SelectorShape, String)] {
        guard
            let index = ancestors.firstIndex(where: { ancestor in
                ancestor.attribute("id").map { !$0.isEmpty && !memo.looksGenerated($0) } ?? false
            }), let id = ancestors[index].attribute("id")
        else { return [] }
        let anchor = SelectorText.idSelector(id)
        let below = ancestors[..<index].reversed().compactMap(\.tagName)
        var out: [(SelectorShape, String)] = [(.path, "\(anchor) \(tag)")]
        if let parentTag = below.last { out.append((.path, "\(anchor) \(parentTag) \(tag)")) }
        if !below.isEmpty { out.append((.structural, ([anchor] + below + [tag]).joined(separator: " > "))) }
        if purpose == .container, let child = node.children.first?.tagName {
            out.append((.structural, "\(anchor) \(tag):has(> \(child))"))
        }
        return out
    }

    /// A link by a part of its address that says where it goes: the host (`a[href*="reviews.example"]`)
    /// and the first path segment (`a[href*="/reviews/"]`), when they are words rather than numbers or
    /// hashes.
    static func byAddress(_ node: Node, _ tag: String, _ memo: CandidateMemo) -> [(SelectorShape, String)] {
        guard let href = node.attribute("href"), !href.isEmpty, let url = URL(string: href) else { return [] }
        var parts: [String] = []
        if var host = url.host(), !host.isEmpty {
            if host.hasPrefix("www.") { host.removeFirst(4) }
            parts.append(host)
        }
        let segments = url.path().split(separator: "/")
        if let first = segments.first, segments.count > 1 || url.path().hasSuffix("/"),
            first.contains(where: \.isLetter), !memo.looksGenerated(String(first))
        {
            parts.append("/\(first)/")
        }
        return parts.map { (.address, "\(tag)[href*=\(SelectorText.quoted($0))]") }
    }

    /// A table cell by its column: `td:nth-child(4)` says "the fourth column" better than a path does.
    static func column(_ node: Node, _ tag: String, _ memo: CandidateMemo) -> [(SelectorShape, String)] {
        guard tag == "td" || tag == "th", node.parent?.tagName == "tr", let place = memo.place(of: node),
            place.count > 1
        else { return [] }
        return [(.structural, "\(tag):nth-child(\(place.index + 1))")]
    }

    /// The element after a short label (`<dt>Price</dt><dd>…`, `<th>Price</th><td>…`): found by the
    /// label's text, which no CSS selector can test. Relative to the scope when there is one.
    static func labelled(_ node: Node, _ tag: String, scope: Node?, _ memo: CandidateMemo)
        -> [(SelectorShape, String)]
    {
        guard let parent = node.parent, let place = memo.place(of: node), place.index > 0 else { return [] }
        let label = parent.children[place.index - 1]
        guard let labelTag = label.tagName, label.children.isEmpty else { return [] }
        let text = label.text
        guard !text.isEmpty, text.count <= labelLimit, !text.contains("\n"), text != node.text,
            let literal = xpathLiteral(text)
        else { return [] }
        let start = scope == nil ? "//" : ".//"
        return [
            (.labelled, "\(start)\(labelTag)[normalize-space()=\(literal)]/following-sibling::\(tag)[1]")
        ]
    }

    /// An XPath string literal: in single quotes (no escape inside a `.wt` string), else double; nil
    /// when the text has both.
    static func xpathLiteral(_ text: String) -> String? {
        if !text.contains("'") { return "'\(text)'" }
        if !text.contains("\"") { return "\"\(text)\"" }
        return nil
    }
}
