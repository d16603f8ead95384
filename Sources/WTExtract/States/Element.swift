import CLibXML2

/// A read-only view of one libxml2 element for the state pseudo-classes evaluated in Swift.
struct Element {
    let node: xmlNodePtr

    init?(_ node: xmlNodePtr?) {
        guard let node, node.pointee.type == XML_ELEMENT_NODE else { return nil }
        self.node = node
    }

    /// The name as libxml2 stores HTML names: lower case.
    var name: String { node.pointee.name.map { String(cString: $0) } ?? "" }

    func `is`(_ wanted: StaticString) -> Bool { LibXML.nameEquals(node.pointee.name, wanted) }

    func attribute(_ name: String) -> String? { Attributes.value(of: node, named: name) }

    func has(_ name: StaticString) -> Bool { Attributes.has(node, name) }

    /// The attribute, ASCII lower-cased (for enumerated attributes such as `type` and `dir`).
    func keyword(_ name: String) -> String? { attribute(name).map(XPathText.asciiLowercased) }

    var parent: Element? { Element(node.pointee.parent) }

    /// Ancestors, nearest first.
    var ancestors: [Element] {
        var out: [Element] = []
        var current = parent
        while let element = current {
            out.append(element)
            current = element.parent
        }
        return out
    }

    /// Element children in order.
    var children: [Element] {
        var out: [Element] = []
        var child = node.pointee.children
        while let current = child {
            if let element = Element(current) { out.append(element) }
            child = current.pointee.next
        }
        return out
    }

    /// Element descendants in document order (walked without recursion: documents may be deep).
    var descendants: [Element] {
        var out: [Element] = []
        var current = node.pointee.children
        while let visiting = current {
            if let element = Element(visiting) { out.append(element) }
            if visiting.pointee.type == XML_ELEMENT_NODE, let child = visiting.pointee.children {
                current = child
                continue
            }
            var climb: xmlNodePtr? = visiting
            current = nil
            while let up = climb, up != node {
                if let next = up.pointee.next {
                    current = next
                    break
                }
                climb = up.pointee.parent
            }
        }
        return out
    }

    /// The concatenated text of the child text nodes.
    var childText: String { TextOf.children(node) }

    /// The root of the tree (the `<html>` element in a parsed document).
    var root: Element {
        var top = self
        while let up = top.parent { top = up }
        return top
    }
}
