import CLibXML2

extension TextRenderer {
    /// `hidden`, or an inline style that says `display: none`.
    static func isHidden(_ node: xmlNodePtr) -> Bool {
        if Attributes.has(node, "hidden") { return true }
        if let ascii = asciiStyle(of: node) { return saysDisplayNone(ascii) }
        guard let style = Attributes.value(of: node, named: "style") else { return false }
        let compact = XPathText.asciiLowercased(style).utf8.filter { !Bytes.isSpace($0) }
        return compact.starts(with: Array("display:none".utf8))
            || String(decoding: compact, as: UTF8.self).contains(";display:none")
    }

    /// The `style` value lowercased without whitespace, read in place when it is ASCII in one text node (the
    /// usual case); empty when there is none; nil otherwise.
    private static func asciiStyle(of node: xmlNodePtr) -> [UInt8]? {
        var attribute = node.pointee.properties
        while let current = attribute, !LibXML.nameEquals(current.pointee.name, "style") {
            attribute = current.pointee.next
        }
        guard let style = attribute else { return [] }
        guard let text = style.pointee.children else { return [] }
        guard text.pointee.next == nil, text.pointee.type == XML_TEXT_NODE, let content = text.pointee.content else {
            return nil
        }
        var compact: [UInt8] = []
        var i = 0
        while content[i] != 0 {
            let b = content[i]
            guard b < 0x80 else { return nil }
            if !Bytes.isSpace(b) { compact.append(Bytes.lower(b)) }
            i += 1
        }
        return compact
    }

    /// Whether an ASCII style, lowercased without whitespace, starts with `display:none` or has
    /// `;display:none`; what Foundation's `contains` answers for ASCII text, which it compares byte by byte.
    private static func saysDisplayNone(_ compact: [UInt8]) -> Bool {
        compact.starts(with: displayNone) || Bytes.contains(compact, afterAnother)
    }

    private static let displayNone = Array("display:none".utf8)
    private static let afterAnother = Array(";display:none".utf8)
}
