import CLibXML2

/// Serialises nodes as HTML with libxml2's HTML writer, characters written as UTF-8 (not as entities).
enum Markup {
    static func outer(_ node: xmlNodePtr, in doc: htmlDocPtr) -> String {
        switch node.pointee.type {
        case XML_ATTRIBUTE_NODE:
            return UnsafeMutableRawPointer(node).withMemoryRebound(to: xmlAttr.self, capacity: 1) {
                Attributes.value($0)
            }
        case XML_DOCUMENT_NODE, XML_HTML_DOCUMENT_NODE:
            return xmlDocGetRootElement(doc).map { outer($0, in: doc) } ?? ""
        default:
            return serialise([node], in: doc)
        }
    }

    static func inner(_ node: xmlNodePtr, in doc: htmlDocPtr) -> String {
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            var children: [xmlNodePtr] = []
            var child = node.pointee.children
            while let current = child {
                children.append(current)
                child = current.pointee.next
            }
            return serialise(children, in: doc)
        case XML_DOCUMENT_NODE, XML_HTML_DOCUMENT_NODE:
            return xmlDocGetRootElement(doc).map { outer($0, in: doc) } ?? ""
        default:
            return outer(node, in: doc)
        }
    }

    private static func serialise(_ nodes: [xmlNodePtr], in doc: htmlDocPtr) -> String {
        // No encoder: the document is UTF-8 (libxml2 read it as such), so text is written as is and only
        // markup characters are escaped.
        guard let buffer = xmlAllocOutputBuffer(nil) else { return "" }
        defer { xmlOutputBufferClose(buffer) }
        for node in nodes {
            htmlNodeDumpFormatOutput(buffer, doc, node, "UTF-8", 0)
        }
        xmlOutputBufferFlush(buffer)
        guard let content = xmlOutputBufferGetContent(buffer) else { return "" }
        let count = Int(xmlOutputBufferGetSize(buffer))
        return String(decoding: UnsafeBufferPointer(start: content, count: count), as: UTF8.self)
    }
}
