import CLibXML2
import Foundation

/// One selected thing an extraction reads: a node, or the value an XPath expression computed.
enum Item {
    case node(xmlNodePtr)
    case value(String)

    /// The items a selector yields; an XPath value (`count(//a)`, `string(//h1)`) is one item.
    static func all(_ result: XPathResult) -> [Item] {
        switch result {
        case .nodes(let nodes): return nodes.map(Item.node)
        case .string(let s): return [.value(s)]
        case .number(let n): return [.value(ExtractedValue.format(n))]
        case .boolean(let b): return [.value(b ? "true" : "false")]
        }
    }

    var text: String {
        switch self {
        case .node(let node): TextRenderer.text(of: node)
        case .value(let s): s.trimmingASCIIWhitespace()
        }
    }

    var isTextNode: Bool {
        guard case .node(let node) = self else { return false }
        return node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE
    }

    func html(in doc: htmlDocPtr) -> String {
        switch self {
        case .node(let node): Markup.outer(node, in: doc)
        case .value(let s): s
        }
    }

    /// The named attribute of an element; nil for anything else or when absent.
    func attribute(_ name: String) -> String? {
        guard case .node(let node) = self, node.pointee.type == XML_ELEMENT_NODE else { return nil }
        return Attributes.value(of: node, named: name)
    }

    /// What a `url` field reads: an element's `href`, else its `src`, else its text when that is an
    /// absolute URL (`<span>https://…</span>`); an attribute's or text node's value; an XPath value as is.
    /// Nil for an element with none of these.
    var link: String? {
        switch self {
        case .value(let s): return s
        case .node(let node):
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                if let href = Attributes.value(of: node, named: "href") { return href }
                if let src = Attributes.value(of: node, named: "src") { return src }
                let shown = text
                let isAbsolute = !XPathText.hasWhitespace(shown) && URL(string: shown)?.scheme != nil
                return isAbsolute ? shown : nil
            case XML_ATTRIBUTE_NODE:
                return UnsafeMutableRawPointer(node).withMemoryRebound(to: xmlAttr.self, capacity: 1) {
                    Attributes.value($0)
                }
            default: return text
            }
        }
    }
}
