import CLibXML2

extension DocumentTree {
    /// Adds the empty `<head>` a browser's tree always has when the markup has none (libxml2 creates
    /// one only for head content), as the first element child of `<html>`, so `*`, `:empty`, `:root > *`
    /// and child positions count what a browser counts.
    static func insertImpliedHead(in doc: htmlDocPtr) {
        guard let html = xmlDocGetRootElement(doc), isElement(html, named: "html") else { return }
        var child = html.pointee.children
        var firstElement: xmlNodePtr?
        while let current = child {
            if isElement(current) {
                if isElement(current, named: "head") { return }
                if firstElement == nil { firstElement = current }
            }
            child = current.pointee.next
        }
        guard let head = LibXML.with("head", { xmlNewDocNode(doc, nil, $0, nil) }) else { return }
        if let firstElement {
            xmlAddPrevSibling(firstElement, head)
        } else {
            xmlAddChild(html, head)
        }
    }
}
