import WTExtract

/// An example page parsed once, with what the search asks of it again and again cached: its elements in
/// document order, their texts, attributes and links, and an index of them by value.
final class ExamplePage {
    let document: HTMLDocument
    let url: String
    /// The elements inside `<body>`, in document order: where values are looked for (the `<title>` often
    /// repeats a record's name and must not count).
    let elements: [Node]
    private var texts: [Node: String] = [:]
    /// Links resolved against the page, by what the element says.
    private var resolved: [String: String?] = [:]
    private var depths: [Node: Int] = [:]
    private var shapes: [Node: String] = [:]
    /// Compiled selectors, shared with the other pages of the compile.
    var selectors: SelectorCache
    /// Selector candidates for the page's elements.
    let candidateMemo = CandidateMemo()
    /// Answers found on the page before.
    let memo = PageMemo()
    /// What selectors select in the whole page, by CSS.
    private var selections: [String: [Node]] = [:]
    /// The elements by the values they show.
    private(set) lazy var index = PageIndex(self)
    /// What the text of each of `elements` is made of, by position: which texts are worth rendering.
    private(set) lazy var compositions = document.textCompositions(elements)
    /// Positions in `elements` by element.
    private lazy var positions: [Node: Int] = Dictionary(
        elements.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })

    /// The example's HTML parsed as the runtime would, relative links resolving against its URL.
    init(_ document: HTMLDocument, url: String, selectors: SelectorCache) {
        self.document = document
        self.url = url
        self.selectors = selectors
        elements = (try? document.select(CompiledSelector(css: "body *"))) ?? []
    }

    /// What the text of `node` is made of; nil for a node outside `elements`.
    func composition(of node: Node) -> TextComposition? {
        positions[node].map { compositions[$0] }
    }

    /// The elements `selector` (compiled from `css`) selects in the whole page, none when selecting fails;
    /// once per selector.
    func select(_ selector: CompiledSelector, css: String) -> [Node] {
        if let done = selections[css] { return done }
        let nodes = (try? document.select(selector)) ?? []
        selections[css] = nodes
        return nodes
    }

    /// `Node.text`, computed once per node.
    func text(_ node: Node) -> String {
        if let cached = texts[node] { return cached }
        let text = node.text
        texts[node] = text
        return text
    }

    /// The element's `href` (else `src`) resolved against the page, as a `url` field reads it; each address
    /// once (a card often links to its product twice).
    func link(_ node: Node) -> String? {
        guard let raw = node.attribute("href") ?? node.attribute("src") else { return nil }
        if let done = resolved[raw] { return done }
        let link = try? Coercion.url(raw, base: document.baseURL)
        resolved[raw] = .some(link)
        return link
    }

    /// The elements inside `scope` (the body when nil), `scope` itself first.
    func elements(in scope: Node?) -> [Node] {
        guard let scope else { return elements }
        return (try? document.select(CompiledSelector(css: "*"), in: scope)) ?? [scope]
    }

    /// Whether `node` is `ancestor` or inside it.
    func contains(_ ancestor: Node, _ node: Node) -> Bool {
        var current: Node? = node
        while let step = current {
            if step == ancestor { return true }
            current = step.parent
        }
        return false
    }

    /// How many element ancestors `node` has.
    func depth(_ node: Node) -> Int {
        if let cached = depths[node] { return cached }
        let depth = node.parent.map { self.depth($0) + 1 } ?? 0
        depths[node] = depth
        return depth
    }

    /// What `extend` makes of `node` and of its parent's (nil above `ancestors(of:)`), down from the top;
    /// "" for an element `ancestors(of:)` leaves out. Once per element: callers pass the same `extend`.
    func shape(of node: Node, _ extend: (String?, Node) -> String) -> String {
        var pending: [Node] = []
        var current: Node? = node
        var above: String?
        while let step = current, step.tagName != "body", step.tagName != "html" {
            if let done = shapes[step] {
                above = done
                break
            }
            pending.append(step)
            current = step.parent
        }
        for step in pending.reversed() {
            above = extend(above, step)
            shapes[step] = above
        }
        return above ?? ""
    }

    /// `node` and its ancestors, nearest first, up to (not including) `<body>`.
    func ancestors(of node: Node) -> [Node] {
        var chain: [Node] = []
        var current: Node? = node
        while let step = current, step.tagName != "body", step.tagName != "html" {
            chain.append(step)
            current = step.parent
        }
        return chain
    }
}
