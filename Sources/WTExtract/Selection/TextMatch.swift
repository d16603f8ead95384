import CLibXML2

/// How `label`, `text` and a role's name match by default, as Playwright's `getByLabel`, `getByText`
/// and `getByRole` do: the wanted text is a substring of the element's text once both have every run of
/// whitespace made one space, the ends trimmed, and every letter lower-cased. Lower-casing is Unicode's
/// full mapping (Swift's `lowercased()`, as JavaScript's `toLowerCase()` in the browser), not only ASCII,
/// so `"ÉTÉ"` finds `"été"` in both modes. Whitespace is what JavaScript's `\s` knows (no-break spaces too).
public enum TextMatch {
    /// Whether `wanted` occurs in `text`, both normalised and lower-cased.
    public static func contains(_ text: String, _ wanted: String) -> Bool {
        let needle = folded(wanted)
        return needle.isEmpty || folded(text).contains(needle)
    }

    /// `text` with whitespace runs as one space, trimmed, lower-cased.
    public static func folded(_ text: String) -> String {
        normalized(text).lowercased()
    }

    /// `text` with whitespace runs as one space and trimmed.
    public static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The same test on ASCII bytes, without building strings: nil when either side has a byte above
    /// ASCII (the caller then uses `contains`).
    static func asciiContains(_ text: UnsafePointer<xmlChar>, _ needle: [UInt8]) -> Bool? {
        var folded: [UInt8] = []
        var blank = false
        var i = 0
        while text[i] != 0 {
            let b = text[i]
            if b >= 0x80 { return nil }
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                blank = !folded.isEmpty
            } else {
                if blank { folded.append(0x20) }
                blank = false
                folded.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
            }
            i += 1
        }
        guard needle.count <= folded.count else { return false }
        if needle.isEmpty { return true }
        for start in 0...(folded.count - needle.count) where folded[start] == needle[0] {
            if folded[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}

/// `wt:has-text(text, wanted)`: `TextMatch.contains` for semantic locators (see `SemanticXPath`).
func hasText(_ parser: xmlXPathParserContextPtr?, _ arguments: Int32) {
    guard let parser else { return }
    guard arguments == 2 else {
        xmlXPathErr(parser, Int32(XPATH_INVALID_ARITY.rawValue))
        return
    }
    let wanted = xmlXPathPopString(parser)
    let text = xmlXPathPopString(parser)
    defer {
        cxml_free(wanted)
        cxml_free(text)
    }
    var found = false
    if let wanted, let text {
        let needleText = String(cString: UnsafeRawPointer(wanted).assumingMemoryBound(to: CChar.self))
        let needle = Array(TextMatch.folded(needleText).utf8)
        if needle.allSatisfy({ $0 < 0x80 }), let ascii = TextMatch.asciiContains(text, needle) {
            found = ascii
        } else {
            found = TextMatch.contains(
                String(cString: UnsafeRawPointer(text).assumingMemoryBound(to: CChar.self)), needleText)
        }
    }
    valuePush(parser, xmlXPathNewBoolean(found ? 1 : 0))
}
