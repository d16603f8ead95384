import CLibXML2

/// A node selected from an `HTMLDocument`: an element, a text node (`::text`), an attribute
/// (`::attr(name)`, `@href`), or another node an XPath selected.
///
/// A node keeps its document alive. Like the document, it is used by one task at a time.
public struct Node: Hashable, CustomStringConvertible {
    /// What kind of node this is.
    public enum Kind: Sendable, Hashable {
        /// An element, such as `<div>`.
        case element
        /// Text (or CDATA), as `::text` and `text()` select.
        case text
        /// An attribute, as `::attr(name)` and `@name` select.
        case attribute
        /// A comment, as `comment()` selects.
        case comment
        /// The document itself, as `/` selects.
        case document
        /// Anything else XPath can select (processing instructions, the doctype).
        case other
    }

    let pointer: xmlNodePtr
    /// The document the node belongs to.
    public let document: HTMLDocument

    init(_ pointer: xmlNodePtr, in document: HTMLDocument) {
        self.pointer = pointer
        self.document = document
    }

    /// The node's kind.
    public var kind: Kind {
        switch pointer.pointee.type {
        case XML_ELEMENT_NODE: .element
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: .text
        case XML_ATTRIBUTE_NODE: .attribute
        case XML_COMMENT_NODE: .comment
        case XML_DOCUMENT_NODE, XML_HTML_DOCUMENT_NODE: .document
        default: .other
        }
    }

    /// The element's tag name in lower case (`div`), or the attribute's name; nil for other nodes.
    public var tagName: String? {
        switch kind {
        case .element, .attribute: LibXML.string(pointer.pointee.name)
        default: nil
        }
    }

    /// The text a reader sees, normalised as `TextRenderer` documents: whitespace collapsed, block
    /// boundaries and `<br>` as single line breaks, scripts and hidden elements left out. For a text
    /// or attribute node, its value with whitespace collapsed.
    public var text: String { TextRenderer.text(of: pointer) }

    /// The node's raw value: an attribute's value or a text node's content unchanged; for an element,
    /// all of its text (like `textContent`, including scripts).
    public var value: String {
        if kind == .attribute {
            return UnsafeMutableRawPointer(pointer).withMemoryRebound(to: xmlAttr.self, capacity: 1) {
                Attributes.value($0)
            }
        }
        return LibXML.consume(xmlNodeGetContent(pointer)) ?? ""
    }

    /// The value of attribute `name` (any case), or nil when the element has none.
    public func attribute(_ name: String) -> String? {
        kind == .element ? Attributes.value(of: pointer, named: name) : nil
    }

    /// Every attribute of the element, in source order.
    public var attributes: [(name: String, value: String)] {
        kind == .element ? Attributes.all(of: pointer) : []
    }

    /// The markup of the node's children.
    public var innerHTML: String { Markup.inner(pointer, in: document.doc) }

    /// The markup of the node itself; for a text node its escaped text, for an attribute its value.
    public var outerHTML: String { Markup.outer(pointer, in: document.doc) }

    /// The parent element, if any.
    public var parent: Node? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return Node(parent, in: document)
    }

    /// The element children, in document order.
    public var children: [Node] {
        var out: [Node] = []
        var child = pointer.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { out.append(Node(current, in: document)) }
            child = current.pointee.next
        }
        return out
    }

    /// `<tag>` for elements, the text for others; for test output and logs.
    public var description: String {
        kind == .element ? "<\(tagName ?? "")>" : text
    }

    /// Nodes are equal when they are the same node of the same document.
    public static func == (a: Node, b: Node) -> Bool { a.pointer == b.pointer }
    /// Hashes the node's identity.
    public func hash(into hasher: inout Hasher) { hasher.combine(pointer) }
}
