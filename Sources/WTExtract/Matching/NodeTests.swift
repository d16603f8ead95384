import CLibXML2
import WTSelector

/// Unsafe views of a `MatchPlan`'s arrays, valid inside `MatchPlan.withView`: the matcher's inner loop
/// reads plain data through them without reference counting.
struct PlanView {
    let pool: UnsafeBufferPointer<UInt8>
    let tests: UnsafeBufferPointer<MatchPlan.Test>
    let compounds: UnsafeBufferPointer<MatchPlan.Compound>
    let selectors: UnsafeBufferPointer<MatchPlan.Complex>
    let selectsText: Bool
    let selectsAttributes: Bool
    /// Compare ids and classes ASCII case-insensitively (a quirks-mode document).
    var foldNames = false

    /// The NUL-terminated pool string at `offset`.
    func string(_ offset: Int) -> UnsafePointer<UInt8>? {
        offset >= 0 ? pool.baseAddress.map { $0 + offset } : nil
    }

    func bytes(_ offset: Int, _ count: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: string(offset), count: count)
    }

    /// Whether `element` passes the type and tests of compound `index`.
    func matches(_ element: xmlNodePtr, compound index: Int) -> Bool {
        guard element.pointee.type == XML_ELEMENT_NODE else { return false }
        let compound = compounds[index]
        if compound.name >= 0, xmlStrEqual(element.pointee.name, string(compound.name)) == 0 { return false }
        for i in compound.tests where !passes(element, tests[i]) { return false }
        return true
    }

    private func passes(_ element: xmlNodePtr, _ test: MatchPlan.Test) -> Bool {
        switch test.kind {
        case .id, .className, .attribute:
            let name =
                switch test.kind {
                case .id: NodeTests.id
                case .className: NodeTests.class
                default: string(test.text)
                }
            guard let value = NodeTests.attribute(element, name) else {
                return test.kind == .attribute && test.value >= 0 && test.op == .notEquals
            }
            return value.withBytes { bytes in
                switch test.kind {
                case .id:
                    let name = self.bytes(foldNames ? test.value : test.text, test.textLength)
                    return ByteMatch.equal(bytes, name, folded: foldNames)
                case .className:
                    let name = self.bytes(foldNames ? test.value : test.text, test.textLength)
                    return ByteMatch.hasWord(bytes, name, folded: foldNames)
                default:
                    guard test.value >= 0 else { return true }
                    if test.exact >= 0, NodeTests.inForeignContent(element) {
                        return ByteMatch.compare(
                            bytes, test.op, self.bytes(test.exact, test.valueLength), folded: false)
                    }
                    return ByteMatch.compare(
                        bytes, test.op, self.bytes(test.value, test.valueLength), folded: test.folded)
                }
            }
        case .position:
            return NodeTests.nth(
                test.ab, index: NodeTests.siblings(of: element, after: test.fromEnd, sameName: test.ofType))
        case .root: return NodeTests.parentElement(element) == nil
        case .empty: return !NodeTests.hasContent(element)
        case .link:
            return (LibXML.nameEquals(element.pointee.name, "a") || LibXML.nameEquals(element.pointee.name, "area"))
                && Attributes.has(element, "href")
        case .never: return false
        }
    }
}

extension MatchPlan {
    func withView<R>(foldNames: Bool = false, _ body: (PlanView) -> R) -> R {
        pool.withUnsafeBufferPointer { pool in
            tests.withUnsafeBufferPointer { tests in
                compounds.withUnsafeBufferPointer { compounds in
                    selectors.withUnsafeBufferPointer { selectors in
                        body(
                            PlanView(
                                pool: pool, tests: tests, compounds: compounds, selectors: selectors,
                                selectsText: selectsText, selectsAttributes: selectsAttributes,
                                foldNames: foldNames))
                    }
                }
            }
        }
    }
}

/// An attribute's bytes: in place (one text node, the HTML case), or joined from several nodes.
enum AttributeBytes {
    case inPlace(UnsafeBufferPointer<UInt8>)
    case joined([UInt8])

    func withBytes(_ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        switch self {
        case .inPlace(let bytes): body(bytes)
        case .joined(let bytes): bytes.withUnsafeBufferPointer(body)
        }
    }
}

/// Tree navigation and element facts for the matcher.
enum NodeTests {
    /// Attribute names as C strings (static strings live as long as the process).
    static var id: UnsafePointer<UInt8> { ("id" as StaticString).utf8Start }
    static var `class`: UnsafePointer<UInt8> { ("class" as StaticString).utf8Start }

    /// In SVG or MathML: the nearest `svg`, `math` or `foreignObject` ancestor-or-self is not a
    /// `foreignObject`.
    static func inForeignContent(_ element: xmlNodePtr) -> Bool {
        var current: xmlNodePtr? = element
        while let node = current, node.pointee.type == XML_ELEMENT_NODE {
            let name = node.pointee.name
            if LibXML.nameEquals(name, "svg") || LibXML.nameEquals(name, "math") { return true }
            if LibXML.nameEquals(name, "foreignobject") { return false }
            current = node.pointee.parent
        }
        return false
    }

    static func attribute(_ element: xmlNodePtr, _ name: UnsafePointer<UInt8>?) -> AttributeBytes? {
        var attribute = element.pointee.properties
        while let current = attribute {
            guard xmlStrEqual(current.pointee.name, name) != 0 else {
                attribute = current.pointee.next
                continue
            }
            guard let text = current.pointee.children else {
                return .inPlace(UnsafeBufferPointer(start: nil, count: 0))
            }
            if text.pointee.next == nil, text.pointee.type == XML_TEXT_NODE, let content = text.pointee.content {
                return .inPlace(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
            }
            return .joined(Array(Attributes.value(current).utf8))
        }
        return nil
    }

    /// Element siblings before the element (after it with `after`), only those with its name with `sameName`.
    static func siblings(of element: xmlNodePtr, after: Bool, sameName: Bool) -> Int {
        var count = 0
        var sibling = after ? element.pointee.next : element.pointee.prev
        while let current = sibling {
            if current.pointee.type == XML_ELEMENT_NODE,
                !sameName || xmlStrEqual(current.pointee.name, element.pointee.name) != 0
            {
                count += 1
            }
            sibling = after ? current.pointee.next : current.pointee.prev
        }
        return count
    }

    /// Position `index + 1` is `a*n + b` for some n ≥ 0.
    static func nth(_ ab: AnPlusB, index: Int) -> Bool {
        let offset = index + 1 - ab.b
        if ab.a == 0 { return offset == 0 }
        return offset % ab.a == 0 && offset / ab.a >= 0
    }

    /// Element or text children (comments and processing instructions do not count, as for `:empty`).
    static func hasContent(_ element: xmlNodePtr) -> Bool {
        var child = element.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE, XML_TEXT_NODE, XML_CDATA_SECTION_NODE: return true
            default: child = current.pointee.next
            }
        }
        return false
    }

    static func parentElement(_ node: xmlNodePtr) -> xmlNodePtr? {
        guard let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return parent
    }

    static func previousElement(_ node: xmlNodePtr) -> xmlNodePtr? {
        var sibling = node.pointee.prev
        while let current = sibling {
            if current.pointee.type == XML_ELEMENT_NODE { return current }
            sibling = current.pointee.prev
        }
        return nil
    }
}
