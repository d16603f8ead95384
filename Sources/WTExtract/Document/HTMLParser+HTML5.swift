import CLibXML2

/// Places where libxml2 2.9's HTML 4 tree builder departs from the HTML5 one a browser uses, and
/// which selectors see (`*`, `p:empty`, `p > *`, positions):
/// - a start tag of an HTML5 block element libxml2 does not know (`<section>`, `<article>`, …) closes
///   an open `<p>`, as `<div>` already does in libxml2;
/// - an end tag `</p>` with no open `<p>` inserts an empty `<p>`, and `</br>` a `<br>` (HTML § 13.2.6.4.7);
///   libxml2 drops them with an "Unexpected end tag" error, which is caught here.
enum HTML5Fixes {
    static let closesParagraph: Set<String> = [
        "section", "article", "aside", "header", "footer", "nav", "main", "figure", "figcaption", "details",
        "summary", "dialog", "hgroup", "search",
    ]

    /// Called with the new element's name already on libxml2's name stack and its parent as the current
    /// node: when that parent is a `<p>`, closes it first.
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// The open element a new start tag closes, by HTML5's rules that libxml2 lacks: an HTML5 block
    /// closes a `<p>`, a heading closes a heading, an `<optgroup>` closes an `<optgroup>`.
    static func closedBy(_ new: String, current: String) -> Bool {
        switch current {
        case "p": return closesParagraph.contains(new) || new == "dd" || new == "dt" || new == "li"
        case "optgroup", "button", "nobr": return new == current
        case "dd", "dt": return new == "dd" || new == "dt"
        case "rt", "rp": return new == "rt" || new == "rp"
        default: return headings.contains(current) && headings.contains(new)
        }
    }

    /// Called with the new element's name already on libxml2's name stack and its parent as the current
    /// node: when the new element closes that parent (`closedBy`), closes it first.
    static func closeParagraph(before name: UnsafePointer<xmlChar>?, _ context: UnsafeMutableRawPointer?) {
        // A `<dd>` in `<dd><p>` closes the `<p>`, then the `<dd>`: one open element at a time.
        for _ in 0..<2 where closeCurrent(before: name, context) {}
    }

    /// Open elements a start tag may close (`closedBy`'s cases), told without making a `String`: this
    /// runs twice for every start tag of a page.
    static let closable: [StaticString] = [
        "p", "optgroup", "button", "nobr", "dd", "dt", "rt", "rp", "h1", "h2", "h3", "h4", "h5", "h6",
    ]

    /// Closes the current node when the new element closes it; whether it did.
    private static func closeCurrent(before name: UnsafePointer<xmlChar>?, _ context: UnsafeMutableRawPointer?) -> Bool
    {
        guard let name, let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self),
            let node = parser.pointee.node, DocumentTree.isElement(node), let current = node.pointee.name,
            closable.contains(where: { LibXML.nameEquals(current, $0) }),
            closedBy(String(cString: name), current: String(cString: current)), parser.pointee.nameNr >= 2,
            let names = parser.pointee.nameTab, let open = names[Int(parser.pointee.nameNr) - 2],
            xmlStrEqual(open, current) != 0
        else { return false }
        let count = Int(parser.pointee.nameNr)
        names[count - 2] = names[count - 1]
        parser.pointee.nameNr -= 1
        parser.pointee.name = names[count - 2]
        xmlSAX2EndElement(context, current)
        return true
    }

    /// The structured-error handler installed around a parse: a stray `</p>` becomes an empty `<p>`.
    static let strayEndTag: xmlStructuredErrorFunc = { context, error in
        guard let error, error.pointee.code == Int32(XML_ERR_TAG_NAME_MISMATCH.rawValue),
            let word = error.pointee.str1, ["p", "br"].contains(String(cString: word)),
            let message = error.pointee.message, String(cString: message).hasPrefix("Unexpected end tag"),
            let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self), let parent = parser.pointee.node,
            let paragraph = xmlNewDocNode(parser.pointee.myDoc, nil, word, nil)
        else { return }
        xmlAddChild(parent, paragraph)
    }
}
