import CLibXML2

/// Two places where libxml2 2.9's HTML 4 tree builder departs from the HTML5 one a browser uses, and
/// which selectors see (`*`, `p:empty`, `p > *`, positions):
/// - a start tag of an HTML5 block element libxml2 does not know (`<section>`, `<article>`, …) closes
///   an open `<p>`, as `<div>` already does in libxml2;
/// - an end tag `</p>` with no open `<p>` inserts an empty `<p>` (HTML § 13.2.6.4.7); libxml2 drops it
///   with an "Unexpected end tag" error, which is caught here.
enum HTML5Fixes {
    static let closesParagraph: Set<String> = [
        "section", "article", "aside", "header", "footer", "nav", "main", "figure", "figcaption", "details",
        "summary", "dialog", "hgroup", "search",
    ]

    /// Called with the new element's name already on libxml2's name stack and its parent as the current
    /// node: when that parent is a `<p>`, closes it first.
    static func closeParagraph(before name: UnsafePointer<xmlChar>?, _ context: UnsafeMutableRawPointer?) {
        guard let name, let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self),
            let node = parser.pointee.node, DocumentTree.isElement(node, named: "p"),
            closesParagraph.contains(String(cString: name)), parser.pointee.nameNr >= 2,
            let names = parser.pointee.nameTab, LibXML.nameEquals(names[Int(parser.pointee.nameNr) - 2], "p")
        else { return }
        let count = Int(parser.pointee.nameNr)
        names[count - 2] = names[count - 1]
        parser.pointee.nameNr -= 1
        parser.pointee.name = names[count - 2]
        LibXML.with("p") { xmlSAX2EndElement(context, $0) }
    }

    /// The structured-error handler installed around a parse: a stray `</p>` becomes an empty `<p>`.
    static let strayEndTag: xmlStructuredErrorFunc = { context, error in
        guard let error, error.pointee.code == Int32(XML_ERR_TAG_NAME_MISMATCH.rawValue),
            let word = error.pointee.str1, String(cString: word) == "p",
            let message = error.pointee.message, String(cString: message).hasPrefix("Unexpected end tag"),
            let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self), let parent = parser.pointee.node,
            let paragraph = LibXML.with("p", { xmlNewDocNode(parser.pointee.myDoc, nil, $0, nil) })
        else { return }
        xmlAddChild(parent, paragraph)
    }
}
