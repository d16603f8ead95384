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
        case .id(let id): return attribute(element, Self.id).map { equals($0, id, folded: false) } ?? false
        case .className(let name): return attribute(element, Self.class).map { hasWord($0, name) } ?? false
        case .attribute(let name, let match):
            guard let value = attribute(element, name) else { return match?.op == .notEquals }
            guard let match else { return true }
            return compare(value, match)
        case .position(let ab, let fromEnd, let ofType):
            return nth(ab, index: siblingsBefore(element, fromEnd: fromEnd, sameName: ofType))
        case .root: return parentElement(element) == nil
        case .empty: return !hasContent(element)
        case .link:
            return (nameEquals(element.pointee.name, Self.a) || nameEquals(element.pointee.name, Self.area))
                && attribute(element, Self.href) != nil
        case .never: return false
        }
    }

    static let id = Array("id".utf8)
    static let `class` = Array("class".utf8)
    static let href = Array("href".utf8)
    static let a = Array("a".utf8)
    static let area = Array("area".utf8)

    /// An attribute's value as bytes, or nil when the element has no such attribute.
    static func attribute(_ element: xmlNodePtr, _ name: [UInt8]) -> ArraySlice<UInt8>? {
        var attribute = element.pointee.properties
        while let current = attribute {
            if nameEquals(current.pointee.name, name) {
                guard let text = current.pointee.children else { return [] }
                if text.pointee.next == nil, text.pointee.type == XML_TEXT_NODE, let content = text.pointee.content {
                    return bytes(content)
                }
                return Array(Attributes.value(current).utf8)[...]
            }
            attribute = current.pointee.next
        }
        return nil
    }

    private static func bytes(_ pointer: UnsafePointer<xmlChar>) -> ArraySlice<UInt8> {
        var count = 0
        while pointer[count] != 0 { count += 1 }
        return Array(UnsafeBufferPointer(start: pointer, count: count))[...]
    }

    /// The attribute comparison the XPath translation makes (see `Translator.comparison`).
    private static func compare(_ raw: ArraySlice<UInt8>, _ match: MatchPlan.AttributeTest) -> Bool {
        let value = match.folded ? ArraySlice(raw.map(Bytes.lower)) : raw
        let wanted = match.value[...]
        switch match.op {
        case .equals: return value.elementsEqual(wanted)
        case .notEquals: return !value.elementsEqual(wanted)
        case .includes: return hasWord(value, match.value)
        case .dashMatch: return value.elementsEqual(wanted) || value.starts(with: wanted + [0x2D])
        case .prefix: return value.starts(with: wanted)
        case .suffix: return value.count >= wanted.count && value.suffix(wanted.count).elementsEqual(wanted)
        case .substring: return contains(value, wanted)
        }
    }

    private static func equals(_ value: ArraySlice<UInt8>, _ wanted: [UInt8], folded: Bool) -> Bool {
        value.elementsEqual(wanted)
    }

    /// `word` is one of the words of `list`, split at the whitespace `normalize-space` knows.
    static func hasWord(_ list: ArraySlice<UInt8>, _ word: [UInt8]) -> Bool {
        list.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
            .contains { $0.elementsEqual(word) }
    }

    private static func contains(_ haystack: ArraySlice<UInt8>, _ needle: ArraySlice<UInt8>) -> Bool {
        guard needle.count <= haystack.count else { return false }
        var start = haystack.startIndex
        while start + needle.count <= haystack.endIndex {
            if haystack[start..<start + needle.count].elementsEqual(needle) { return true }
            start += 1
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
