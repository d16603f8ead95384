import WTExtract

/// What a selector is wanted for: record containers and fields rank bare tags differently (a bare `h1` is
/// fine inside a record; a bare `li` on a whole page rarely is).
enum SelectorPurpose {
    case container
    case field
}

/// A CSS selector that selects a given element, with its rank: lower is simpler and more stable.
struct SelectorCandidate: Hashable {
    var css: String
    var rank: Int
}

/// The shapes of selectors, from the most to the least stable.
enum SelectorShape {
    case classOnly, tagClass, attribute, tag, path, address, structural, labelled, generated, positional

    func rank(for purpose: SelectorPurpose) -> Int {
        switch self {
        case .classOnly: 0
        case .tagClass: 1
        case .attribute: 2
        case .tag: purpose == .field ? 3 : 4
        case .path: purpose == .field ? 4 : 3
        // Where a link goes tells it apart when nothing simpler does (a bare `a` reads the first link).
        case .address: 4
        // A label's text changes more often than the page's structure; at equal rank the shorter wins.
        case .structural, .labelled: 5
        case .generated: 6
        case .positional: 7
        }
    }
}

/// Builds the selectors that could describe an element, best first: a class (`.quote`), `tag.class`, a
/// semantic attribute (`[itemprop=name]`, `[data-testid=…]`), a bare tag, the tag under a described
/// parent or ancestor (`ul.products > li`, `.tags a`), structural paths, generated-looking classes, and
/// `:nth-child` last. Whether one actually selects the right elements is for the caller to check.
enum SelectorCandidates {
    /// Attributes whose values name what an element is rather than hold data.
    static let semanticAttributes = [
        "itemprop", "data-testid", "data-test", "data-test-id", "data-qa", "data-cy", "role", "name", "itemtype",
        "property", "rel", "type",
    ]

    /// Candidates for `node`, selected from `scope` (the page when nil); ancestors outside `scope` are not used.
    /// Once per element, scope and purpose on a page: many records and extractions ask again.
    static func of(_ node: Node, scope: Node?, purpose: SelectorPurpose, on page: ExamplePage) -> [SelectorCandidate] {
        let key = CandidateMemo.Key(node: node, scope: scope, purpose: purpose)
        if let done = page.candidateMemo.candidates[key] { return done }
        let found = build(node, scope: scope, purpose: purpose, page.candidateMemo)
        page.candidateMemo.candidates[key] = found
        return found
    }

    private static func build(
        _ node: Node, scope: Node?, purpose: SelectorPurpose, _ memo: CandidateMemo
    ) -> [SelectorCandidate] {
        guard let tag = node.tagName else { return [] }
        var out: [(SelectorShape, String)] = []
        for name in node.classes {
            let shape: (SelectorShape, SelectorShape) =
                memo.looksGenerated(name) ? (.generated, .generated) : (.classOnly, .tagClass)
            out += [(shape.0, SelectorText.classSelector(name)), (shape.1, tag + SelectorText.classSelector(name))]
        }
        out += attributes(of: node).map { (.attribute, $0) }
        out += byAddress(node, tag, memo)
        out.append((.tag, tag))
        let ancestors = Self.ancestors(of: node, scope: scope)
        out += paths(tag, ancestors: ancestors, memo)
        out += anchored(node, tag, ancestors: ancestors, purpose: purpose, memo)
        let steps = Self.steps(to: node, ancestors: ancestors, scope: scope)
        out += structural(node, tag, ancestors: ancestors, steps: steps, purpose: purpose, memo)
        out += column(node, tag, memo)
        out += labelled(node, tag, scope: scope, memo)
        out += positional(steps, memo)
        return ranked(out, purpose: purpose)
    }

    /// Best first: by shape, then shorter, then in the order built; each selector once.
    private static func ranked(_ shapes: [(SelectorShape, String)], purpose: SelectorPurpose) -> [SelectorCandidate] {
        var seen: Set<String> = []
        return shapes.enumerated()
            .sorted { a, b in
                let (ra, rb) = (a.element.0.rank(for: purpose), b.element.0.rank(for: purpose))
                if ra != rb { return ra < rb }
                if a.element.1.count != b.element.1.count { return a.element.1.count < b.element.1.count }
                return a.offset < b.offset
            }
            .compactMap {
                seen.insert($0.element.1).inserted
                    ? SelectorCandidate(css: $0.element.1, rank: $0.element.0.rank(for: purpose)) : nil
            }
    }

    /// `#id` and semantic attributes with their values; other `data-*` attributes by presence only, since
    /// their values are usually the record's data (`data-sku="WL-100"`).
    static func attributes(of node: Node) -> [String] {
        var out: [String] = []
        // Foundation's `contains` compares by canonical equivalence; on ASCII text that is a byte search.
        for (name, value) in node.attributes
        where SelectorText.isASCII(value) ? !value.utf8.contains(0x0A) : !value.contains("\n") {
            if name == "id", !value.isEmpty, !SelectorText.looksGenerated(value) {
                out.append(SelectorText.idSelector(value))
            } else if semanticAttributes.contains(name), value.count <= 40 {
                out.append(SelectorText.attributeSelector(name, value))
            } else if name.hasPrefix("data-") || name == "itemscope" || name == "itemprop" {
                out.append("[\(name)]")
            }
        }
        return out
    }

    /// The ways to name an ancestor in a path: its stable classes, id and semantic attributes; once per element.
    static func descriptors(of node: Node, _ memo: CandidateMemo) -> [String] {
        if let done = memo.descriptors[node] { return done }
        var found: [String] = []
        if let tag = node.tagName {
            let classes = node.classes.filter { !memo.looksGenerated($0) }.prefix(2).flatMap {
                [SelectorText.classSelector($0), tag + SelectorText.classSelector($0)]
            }
            found =
                classes
                + attributes(of: node).filter {
                    $0.hasPrefix("#") || (SelectorText.isASCII($0) ? $0.utf8.contains(0x3D) : $0.contains("="))
                }
        }
        memo.descriptors[node] = found
        return found
    }

    /// Ancestors of `node`, nearest first, within `scope` (the scope itself included) and below `<body>`.
    private static func ancestors(of node: Node, scope: Node?) -> [Node] {
        var out: [Node] = []
        var current = node.parent
        while let step = current, step.tagName != "html" {
            if scope == nil, step.tagName == "body" { break }
            out.append(step)
            if step == scope { break }
            current = step.parent
        }
        return out
    }

    /// `parent > tag` for a described parent, `ancestor tag` for the nearest described ancestors.
    private static func paths(_ tag: String, ancestors: [Node], _ memo: CandidateMemo) -> [(SelectorShape, String)] {
        var out: [(SelectorShape, String)] = []
        if let parent = ancestors.first {
            out += descriptors(of: parent, memo).map { (.path, "\($0) > \(tag)") }
        }
        for ancestor in ancestors.dropFirst().prefix(4) {
            let described = descriptors(of: ancestor, memo)
            out += described.map { (.path, "\($0) \(tag)") }
            if !described.isEmpty { break }
        }
        return out
    }
}

/// What `SelectorCandidates` found on one page, so each element is described once however many records
/// and extractions ask.
final class CandidateMemo {
    struct Key: Hashable {
        var node: Node
        var scope: Node?
        var purpose: SelectorPurpose
    }

    var candidates: [Key: [SelectorCandidate]] = [:]
    var descriptors: [Node: [String]] = [:]
    private var generated: [String: Bool] = [:]

    /// `SelectorText.looksGenerated`, once per name: every record's elements have the same classes. (Only
    /// ASCII names are kept: a dictionary would take canonically equivalent names for one.)
    func looksGenerated(_ name: String) -> Bool {
        guard SelectorText.isASCII(name) else { return SelectorText.looksGenerated(name) }
        if let done = generated[name] { return done }
        let found = SelectorText.looksGenerated(name)
        generated[name] = found
        return found
    }

    /// Elements' places among their parent's element children, with how many there are.
    private var places: [Node: (index: Int, count: Int)] = [:]

    /// Where `node` is among its parent's element children (nil without a parent element), each parent's
    /// children listed once.
    func place(of node: Node) -> (index: Int, count: Int)? {
        if let done = places[node] { return done }
        guard let parent = node.parent else { return nil }
        let siblings = parent.children
        for (index, sibling) in siblings.enumerated() where places[sibling] == nil {
            places[sibling] = (index, siblings.count)
        }
        return places[node]
    }
}
