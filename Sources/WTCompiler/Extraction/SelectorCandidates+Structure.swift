import WTExtract

/// Selectors that lean on the shape of the page rather than on names: tried when no class, attribute or
/// tag tells the element apart.
extension SelectorCandidates {
    /// The elements from the top of the path down to `node`: below `scope` when there is one, else below
    /// `<body>` (with `body` first, so the path reads `body > main > div`).
    static func steps(to node: Node, ancestors: [Node], scope: Node?) -> [Node] {
        var above = ancestors
        if let scope, above.last == scope { above.removeLast() }
        var steps = Array(above.reversed()) + [node]
        if scope == nil, let body = (ancestors.last ?? node).parent, body.tagName == "body" {
            steps.insert(body, at: 0)
        }
        return steps
    }

    /// `parent > tag` for an undescribed parent (`tbody > tr`), the child path from the nearest described
    /// ancestor (`.people > tbody > tr`) or from the top, and for containers `tag:has(> child)`, which
    /// tells data rows from header rows.
    static func structural(
        _ node: Node, _ tag: String, ancestors: [Node], steps: [Node], purpose: SelectorPurpose, _ memo: CandidateMemo
    ) -> [(SelectorShape, String)] {
        var out: [(SelectorShape, String)] = []
        if let parent = ancestors.first, let parentTag = parent.tagName, descriptors(of: parent, memo).isEmpty {
            out.append((.structural, "\(parentTag) > \(tag)"))
        }
        if let index = ancestors.firstIndex(where: { !descriptors(of: $0, memo).isEmpty }), index > 0,
            let top = descriptors(of: ancestors[index], memo).first
        {
            let below = ancestors[..<index].reversed().compactMap(\.tagName) + [tag]
            out.append((.structural, ([top] + below).joined(separator: " > ")))
        } else if steps.count > 1 {
            out.append((.structural, steps.compactMap(\.tagName).joined(separator: " > ")))
        }
        guard purpose == .container, let child = node.children.first?.tagName else { return out }
        let has = "\(tag):has(> \(child))"
        out.append((.structural, has))
        if let parent = ancestors.first {
            out += descriptors(of: parent, memo).prefix(1).map { (.structural, "\($0) > \(has)") }
        }
        if let described = ancestors.dropFirst().first(where: { !descriptors(of: $0, memo).isEmpty }) {
            out += descriptors(of: described, memo).prefix(1).map { (.structural, "\($0) \(has)") }
        }
        return out
    }

    /// `tag:nth-child(k)`, then the whole path with positions: the last resort.
    static func positional(_ steps: [Node], _ memo: CandidateMemo) -> [(SelectorShape, String)] {
        let spelled = steps.map { step -> String in
            let tag = step.tagName ?? "*"
            guard tag != "body", let place = memo.place(of: step), place.count > 1 else { return tag }
            return "\(tag):nth-child(\(place.index + 1))"
        }
        guard let last = spelled.last else { return [] }
        var out: [(SelectorShape, String)] = [(.positional, last)]
        if spelled.count > 1 { out.append((.positional, spelled.joined(separator: " > "))) }
        return out
    }
}
