import WTExtract

/// Example pages by their HTML and address, so a compile parses and indexes each snapshot once however
/// many extraction steps read it (a paginated listing is read by every iteration).
public final class ExamplePages {
    private var pages: [String: ExamplePage] = [:]

    public init() {}

    func page(html: String, url: String) throws(ExtractError) -> ExamplePage {
        let key = url + "\u{0}" + html
        if let cached = pages[key] { return cached }
        let page = try ExamplePage(html: html, url: url)
        pages[key] = page
        return page
    }
}

/// An example page parsed once, with what the search asks of it again and again cached: its elements in
/// document order, their texts, attributes and links, and an index of them by value.
final class ExamplePage {
    let document: HTMLDocument
    let url: String
    /// The elements inside `<body>`, in document order: where values are looked for (the `<title>` often
    /// repeats a record's name and must not count).
    let elements: [Node]
    private var texts: [Node: String] = [:]
    private var attributeLists: [Node: [(name: String, value: String)]] = [:]
    private var links: [Node: String?] = [:]
    private var depths: [Node: Int] = [:]
    /// The elements by the values they show.
    private(set) lazy var index = PageIndex(self)

    /// Parses the example's HTML as the runtime would, relative links resolving against its URL.
    init(html: String, url: String) throws(ExtractError) {
        document = try HTMLDocument(html: html, url: url)
        self.url = url
        elements = (try? document.select(CompiledSelector(css: "body *"))) ?? []
    }

    /// `Node.text`, computed once per node.
    func text(_ node: Node) -> String {
        if let cached = texts[node] { return cached }
        let text = node.text
        texts[node] = text
        return text
    }

    /// `Node.attributes`, read once per node.
    func attributes(_ node: Node) -> [(name: String, value: String)] {
        if let cached = attributeLists[node] { return cached }
        let attributes = node.attributes
        attributeLists[node] = attributes
        return attributes
    }

    /// The element's `href` (else `src`) resolved against the page, as a `url` field reads it; once per node.
    func link(_ node: Node) -> String? {
        if let cached = links[node] { return cached }
        let raw = node.attribute("href") ?? node.attribute("src")
        let link = raw.flatMap { try? Coercion.url($0, base: document.baseURL) }
        links[node] = .some(link)
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
