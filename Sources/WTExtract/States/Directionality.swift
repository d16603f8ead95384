import CLibXML2

/// An element's directionality (HTML § 3.2.6.4 "the dir attribute") in a document as parsed: `dir`
/// inherited from the nearest ancestor that has a valid one, `ltr` at the root, and for `dir=auto`
/// (and `<bdi>` without `dir`) the first strong character of the element's text.
enum Directionality {
    /// True for right-to-left.
    static func isRTL(_ element: xmlNodePtr) -> Bool {
        var node: xmlNodePtr? = element
        while let current = node, current.pointee.type == XML_ELEMENT_NODE {
            switch Attributes.value(of: current, named: "dir").map(XPathText.asciiLowercased) {
            case "rtl": return true
            case "ltr": return false
            case "auto": return autoIsRTL(current)
            default:
                if DocumentTree.isElement(current, named: "bdi") { return autoIsRTL(current) }
                if isTelephone(current) { return false }
            }
            node = current.pointee.parent
        }
        return false
    }

    private static func isTelephone(_ element: xmlNodePtr) -> Bool {
        DocumentTree.isElement(element, named: "input")
            && Attributes.value(of: element, named: "type").map(XPathText.asciiLowercased) == "tel"
    }

    /// `dir=auto`: a text control reads its value; other elements their text, skipping `bdi`, `script`,
    /// `style`, `textarea` and descendants with their own valid `dir`. No strong character means ltr.
    static func autoIsRTL(_ element: xmlNodePtr) -> Bool {
        if DocumentTree.isElement(element, named: "textarea") {
            return firstStrong(TextOf.children(element)) ?? false
        }
        if DocumentTree.isElement(element, named: "input") {
            return firstStrong(Attributes.value(of: element, named: "value") ?? "") ?? false
        }
        return strongInDescendants(element) ?? false
    }

    private static func strongInDescendants(_ element: xmlNodePtr) -> Bool? {
        var child = element.pointee.children
        while let node = child {
            child = node.pointee.next
            if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE,
                let content = node.pointee.content, let found = firstStrong(String(cString: content))
            {
                return found
            }
            guard node.pointee.type == XML_ELEMENT_NODE, !isSkipped(node) else { continue }
            if let found = strongInDescendants(node) { return found }
        }
        return nil
    }

    private static func isSkipped(_ node: xmlNodePtr) -> Bool {
        if DocumentTree.isElement(node, named: "bdi") || DocumentTree.isElement(node, named: "script")
            || DocumentTree.isElement(node, named: "style") || DocumentTree.isElement(node, named: "textarea")
        {
            return true
        }
        let dir = Attributes.value(of: node, named: "dir").map(XPathText.asciiLowercased)
        return dir == "ltr" || dir == "rtl" || dir == "auto"
    }

    /// true for a first strong right-to-left character, false for left-to-right, nil for none.
    static func firstStrong(_ text: String) -> Bool? {
        for scalar in text.unicodeScalars {
            if isRTL(scalar.value) { return true }
            if scalar.properties.isAlphabetic { return false }
        }
        return nil
    }

    /// Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation forms, and the
    /// right-to-left supplementary blocks.
    private static func isRTL(_ v: UInt32) -> Bool {
        (0x0590...0x08FF).contains(v) && !(0x0660...0x0669).contains(v) && !(0x06F0...0x06F9).contains(v)
            || (0xFB1D...0xFDFF).contains(v) || (0xFE70...0xFEFF).contains(v)
            || (0x10800...0x10FFF).contains(v) || (0x1E800...0x1EFFF).contains(v)
    }
}

/// The text of an element's child text nodes.
enum TextOf {
    static func children(_ element: xmlNodePtr) -> String {
        var out = ""
        var child = element.pointee.children
        while let node = child {
            if node.pointee.type == XML_TEXT_NODE, let content = node.pointee.content {
                out += String(cString: content)
            }
            child = node.pointee.next
        }
        return out
    }
}
