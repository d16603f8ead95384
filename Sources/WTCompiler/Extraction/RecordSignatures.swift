import WTExtract

/// Chooses between the places a record could be by what the other records look like: records of one
/// extraction share their shape (`div.list > div.card > h2`), while a decoy copy of a value (a "featured"
/// box repeating the first record's name) sits somewhere no other record does.
struct RecordSignatures {
    /// For each shape, how many records (on any page) could be in an element of that shape.
    private var support: [String: Int] = [:]

    init(_ pages: [ExamplePage], _ candidates: [[[Node]]]) {
        for (page, perRecord) in zip(pages, candidates) {
            for found in perRecord {
                for shape in Set(found.map { Self.shape(of: $0, on: page) }) { support[shape, default: 0] += 1 }
            }
        }
    }

    /// The candidate whose shape most records share; then the deepest; then the first.
    func best(of candidates: [Node], on page: ExamplePage) -> Node? {
        var best: (node: Node, key: (Int, Int))?
        for node in candidates {
            let key = (support[Self.shape(of: node, on: page)] ?? 0, page.depth(node))
            if best.map({ key > $0.key }) ?? true { best = (node, key) }
        }
        return best?.node
    }

    /// The tags and classes from `<body>` down to `node`: its parent's shape, then its own.
    static func shape(of node: Node, on page: ExamplePage) -> String {
        page.shape(of: node) { parent, element in
            let own = ([element.tagName ?? "*"] + element.classes.sorted()).joined(separator: ".")
            return parent.map { $0 + " > " + own } ?? own
        }
    }
}
