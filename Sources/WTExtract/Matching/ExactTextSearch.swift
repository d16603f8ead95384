import CLibXML2

/// `SemanticXPath.exactText` answered without XPath on documents that index their elements
/// (`HTMLDocument.indexElements`). libxml2 builds and normalises the string value of every element of
/// the page to compare it with the text; but `normalize-space` only changes whitespace, so an element's
/// value can equal the text only when its printable ASCII characters (in order) and its bytes above ASCII
/// are the text's own. The index keeps elements by those, and only they are compared, exactly as XPath
/// compares them. The nodes selected are the same, in document order.
enum ExactTextSearch {
    private static let head =
        "descendant-or-self::*[not(self::script or self::style or self::head or self::title)][normalize-space(.)="

    /// The text `xpath` looks for, when it is exactly `SemanticXPath.exactText(text)`.
    static func text(in xpath: String) -> String? {
        guard xpath.utf8.starts(with: head.utf8) else { return nil }
        let bytes = Array(xpath.utf8)
        guard let value = XPathReading.literal(bytes, at: head.utf8.count)?.value else { return nil }
        let text = String(decoding: value, as: UTF8.self)
        return SemanticXPath.exactText(text).utf8.elementsEqual(bytes) ? text : nil
    }

    /// Whether `element`'s name test excludes it: `self::script`, `self::style`, `self::head`, `self::title`
    /// (a name test without a prefix matches elements in no namespace).
    static func isExcluded(_ element: xmlNodePtr) -> Bool {
        guard element.pointee.ns == nil else { return false }
        let name = element.pointee.name
        return LibXML.nameEquals(name, "script") || LibXML.nameEquals(name, "style")
            || LibXML.nameEquals(name, "head") || LibXML.nameEquals(name, "title")
    }

    /// `normalize-space(.)` of a node, as libxml2 computes it: the string value (`xmlNodeGetContent`)
    /// without leading and trailing blanks (space, tab, LF, CR), and each run of them inside as one space.
    static func normalizedValue(_ node: xmlNodePtr) -> [UInt8] {
        guard let content = xmlNodeGetContent(node) else { return [] }
        defer { cxml_free(content) }
        func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        var out: [UInt8] = []
        var blank = false
        var i = 0
        while content[i] != 0 {
            let b = content[i]
            if isBlank(b) {
                blank = !out.isEmpty
            } else {
                if blank { out.append(0x20) }
                blank = false
                out.append(b)
            }
            i += 1
        }
        return out
    }
}
