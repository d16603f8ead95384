import CLibXML2
import WTSelector

/// The element tests of a `MatchPlan`, read straight from libxml2's nodes and attributes (no copies).
enum NodeTests {
    static func matches(_ element: xmlNodePtr, _ compound: MatchPlan.Compound) -> Bool {
        guard element.pointee.type == XML_ELEMENT_NODE else { return false }
        if let name = compound.name, !nameEquals(element.pointee.name, name) { return false }
        for test in compound.tests where !passes(element, test) { return false }
        return true
    }

    private static func passes(_ element: xmlNodePtr, _ test: MatchPlan.Test) -> Bool {
        switch test {
        case .id(let id): return withAttribute(element, Self.id) { $0.elementsEqual(id) } ?? false
        case .className(let name): return withAttribute(element, Self.class) { hasWord($0, name) } ?? false
        case .attribute(let name, let match):
            guard let match else { return withAttribute(element, name) { _ in true } ?? false }
            return withAttribute(element, name) { compare($0, match) } ?? (match.op == .notEquals)
        case .position(let ab, let fromEnd, let ofType):
            return nth(ab, index: siblingsBefore(element, fromEnd: fromEnd, sameName: ofType))
        case .root: return parentElement(element) == nil
        case .empty: return !hasContent(element)
        case .link:
            return (nameEquals(element.pointee.name, Self.a) || nameEquals(element.pointee.name, Self.area))
                && withAttribute(element, Self.href) { _ in true } != nil
        case .never: return false
        }
    }

    static let id = Array("id".utf8)
    static let `class` = Array("class".utf8)
    static let href = Array("href".utf8)
    static let a = Array("a".utf8)
    static let area = Array("area".utf8)

    /// `body` applied to the bytes of attribute `name`, read in place; nil when there is no such attribute.
    static func withAttribute(
        _ element: xmlNodePtr, _ name: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Bool
    ) -> Bool? {
        var attribute = element.pointee.properties
        while let current = attribute {
            guard nameEquals(current.pointee.name, name) else {
                attribute = current.pointee.next
                continue
            }
            guard let text = current.pointee.children else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
            if text.pointee.next == nil, text.pointee.type == XML_TEXT_NODE, let content = text.pointee.content {
                return body(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
            }
            // Several children (entity references in XML-ish input): join them once.
            return Array(Attributes.value(current).utf8).withUnsafeBufferPointer(body)
        }
        return nil
    }

    /// The attribute comparison the XPath translation makes (see `Translator.comparison`).
    private static func compare(_ raw: UnsafeBufferPointer<UInt8>, _ match: MatchPlan.AttributeTest) -> Bool {
        guard match.folded else { return compare(raw[...], match) }
        return compare(ArraySlice(raw.map(Bytes.lower)), match)
    }

    private static func compare<C: Collection<UInt8>>(_ value: C, _ match: MatchPlan.AttributeTest) -> Bool
    where C.SubSequence: Collection<UInt8> {
        let wanted = match.value
        switch match.op {
        case .equals: return value.elementsEqual(wanted)
        case .notEquals: return !value.elementsEqual(wanted)
        case .includes: return Array(value).withUnsafeBufferPointer { hasWord($0, wanted) }
        case .dashMatch: return value.elementsEqual(wanted) || value.starts(with: wanted + [0x2D])
        case .prefix: return value.starts(with: wanted)
        case .suffix: return value.count >= wanted.count && value.suffix(wanted.count).elementsEqual(wanted)
        case .substring: return contains(Array(value), wanted)
        }
    }

    /// `word` is one of the words of `list`, split at the whitespace `normalize-space` knows.
    static func hasWord(_ list: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        var i = 0
        let n = list.count
        while i < n {
            while i < n, isSpace(list[i]) { i += 1 }
            let start = i
            while i < n, !isSpace(list[i]) { i += 1 }
            if i - start == word.count, word.indices.allSatisfy({ list[start + $0] == word[$0] }) { return true }
        }
        return false
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count)
        where haystack[start..<start + needle.count].elementsEqual(needle) {
            return true
        }
        return false
    }

    /// The 0-based position among element siblings (counted from the end with `fromEnd`), only siblings
    /// with the same name with `sameName`.
    private static func siblingsBefore(_ element: xmlNodePtr, fromEnd: Bool, sameName: Bool) -> Int {
        var count = 0
        var sibling = fromEnd ? element.pointee.next : element.pointee.prev
        while let current = sibling {
            if current.pointee.type == XML_ELEMENT_NODE,
                !sameName || xmlStrEqual(current.pointee.name, element.pointee.name) != 0
            {
                count += 1
            }
            sibling = fromEnd ? current.pointee.next : current.pointee.prev
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
    private static func hasContent(_ element: xmlNodePtr) -> Bool {
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

    /// A libxml2 name equals `name` byte for byte.
    static func nameEquals(_ pointer: UnsafePointer<xmlChar>?, _ name: [UInt8]) -> Bool {
        guard let pointer else { return false }
        for (i, b) in name.enumerated() where pointer[i] != b { return false }
        return pointer[name.count] == 0
    }
}
