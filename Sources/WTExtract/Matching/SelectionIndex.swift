import CLibXML2

/// A document's elements by tag name and by class, so that a whole-document selection whose every
/// selector ends in a class or type test looks at the elements that have it instead of walking the
/// document (`HTMLDocument.indexElements`). The elements looked at are a superset of those selected and
/// are tested exactly as the walk tests them, in document order, so the result is the same.
final class SelectionIndex {
    /// Every element `TreeMatcher` visits from the document, in its order.
    private var elements: [xmlNodePtr] = []
    /// Positions in `elements`, by the address of the tag name (libxml2 keeps one copy of each name, so
    /// there are few; a name is looked up by comparing them all) and by class word (split as
    /// `ByteMatch.hasWord` splits, which the class test uses).
    private var byName: [UnsafePointer<xmlChar>: [Int]] = [:]
    /// Class words by a hash of their bytes: words that collide only add elements to test.
    private var byClass: [UInt64: [Int]] = [:]

    private let doc: htmlDocPtr

    init(_ doc: htmlDocPtr) {
        self.doc = doc
        var node = doc.pointee.children
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE {
                add(current)
                if let child = current.pointee.children {
                    node = child
                    continue
                }
            }
            node = Self.next(after: current)
        }
    }

    /// The walk's next node after `node`'s subtree (`TreeMatcher.next(after:)` without a boundary).
    private static func next(after node: xmlNodePtr) -> xmlNodePtr? {
        var climb = node
        while true {
            if let sibling = climb.pointee.next { return sibling }
            guard let parent = climb.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
            climb = parent
        }
    }

    private func add(_ element: xmlNodePtr) {
        let position = elements.count
        elements.append(element)
        if let name = element.pointee.name { byName[name, default: []].append(position) }
        guard let classes = NodeTests.attribute(element, NodeTests.class) else { return }
        _ = classes.withBytes { list in
            var i = 0
            while i < list.count {
                while i < list.count, Self.isSpace(list[i]) { i += 1 }
                let start = i
                while i < list.count, !Self.isSpace(list[i]) { i += 1 }
                guard i > start else { continue }
                let word = Self.hash(list[start..<i])
                // A word repeated in one class list counts once.
                if byClass[word]?.last != position { byClass[word, default: []].append(position) }
            }
            return true
        }
    }

    /// The elements `plan` may select, in document order; nil when some selector's last compound has
    /// neither a class nor a type test, or the plan selects text or attributes. With `foldNames` (a
    /// quirks-mode document, where classes ignore case) only type tests narrow the search.
    func candidates(for plan: MatchPlan, foldNames: Bool = false) -> [xmlNodePtr]? {
        guard !plan.selectsText, !plan.selectsAttributes else { return nil }
        var lists: [[Int]] = []
        for selector in plan.selectors {
            guard let last = selector.compounds.last.map({ plan.compounds[$0] }) else { return nil }
            if !foldNames, let test = plan.tests[last.tests].first(where: { $0.kind == .className }) {
                lists.append(byClass[Self.hash(plan.pool[test.text..<(test.text + test.textLength)])] ?? [])
            } else if last.name >= 0 {
                let named = plan.pool.withUnsafeBufferPointer { pool in
                    byName.filter { xmlStrEqual($0.key, pool.baseAddress.map { $0 + last.name }) != 0 }
                }
                lists.append(named.values.count == 1 ? named.values.first ?? [] : Array(named.values.joined()).sorted())
            } else {
                return nil
            }
        }
        let positions = lists.count == 1 ? lists[0] : Array(Set(lists.joined())).sorted()
        return positions.map { elements[$0] }
    }

    /// What `ExactTextSearch` compares by: a string value's printable ASCII characters and bytes above ASCII.
    private struct StringValue: Hashable {
        var printable: Int
        var hash: UInt64
        var nonASCII: Int

        init(_ composition: TextComposition) {
            (printable, hash, nonASCII) =
                (composition.printableASCII, composition.printableHash, composition.nonASCIIBytes)
        }
    }

    /// Elements by what their string value (all the text below them) is made of, built on first use.
    private lazy var byStringValue: [StringValue: [xmlNodePtr]] = {
        var out: [StringValue: [xmlNodePtr]] = [:]
        var top = doc.pointee.children
        while let current = top {
            if current.pointee.type == XML_ELEMENT_NODE {
                TextCompositionCounter.walk(from: current) { element, _, all in
                    out[StringValue(all), default: []].append(element)
                }
            }
            top = current.pointee.next
        }
        return out
    }()
    private lazy var positions: [xmlNodePtr: Int] = Dictionary(
        elements.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })

    /// What `SemanticXPath.exactText(text)` selects from the whole document, in document order: the
    /// elements, other than `script`, `style`, `head` and `title`, whose normalised string value is `text`
    /// and that have no element child whose value is.
    func exactText(_ text: String) -> [xmlNodePtr] {
        let value = Array(text.utf8)
        let candidates = (byStringValue[StringValue(TextComposition(of: text))] ?? [])
            .sorted { (positions[$0] ?? 0) < (positions[$1] ?? 0) }
        return candidates.filter { element in
            guard !ExactTextSearch.isExcluded(element), ExactTextSearch.normalizedValue(element) == value else {
                return false
            }
            var child = element.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE, ExactTextSearch.normalizedValue(current) == value {
                    return false
                }
                child = current.pointee.next
            }
            return true
        }
    }

    /// Positions of the elements with a `role` attribute, found on first use.
    private lazy var withRole: [Int] = elements.indices.filter { Attributes.has(elements[$0], "role") }

    /// The elements that have a `role` attribute or one of `names`, in document order.
    func roleCandidates(_ names: [[UInt8]]) -> [xmlNodePtr] {
        var positions = Set(withRole)
        for (name, list) in byName where names.contains(where: { Self.equals(name, $0) }) {
            positions.formUnion(list)
        }
        return positions.sorted().map { elements[$0] }
    }

    private static func equals(_ name: UnsafePointer<xmlChar>, _ bytes: [UInt8]) -> Bool {
        for (i, b) in bytes.enumerated() where name[i] != b { return false }
        return name[bytes.count] == 0
    }

    /// FNV-1a.
    private static func hash(_ bytes: some Collection<UInt8>) -> UInt64 {
        bytes.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
    }

    /// `ByteMatch.hasWord`'s whitespace.
    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
}
