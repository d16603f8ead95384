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

    /// The same test for an ASCII `needle` (already folded), streaming: the text is normalised and
    /// lower-cased as it is searched (Knuth–Morris–Pratt), with no copy of it — elements near the root
    /// hold the whole page's text. A character beyond ASCII is whitespace, or its lower-case mapping,
    /// which can hold ASCII letters only in rare cases (the Kelvin sign is `k`); anything else in it is
    /// fed as a byte no ASCII needle has.
    static func asciiContains(_ text: UnsafePointer<xmlChar>, _ needle: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        let fallback = failureTable(needle)
        var matched = 0
        var started = false
        var blank = false
        var i = 0
        func feed(_ b: UInt8) -> Bool {
            while matched > 0, needle[matched] != b { matched = fallback[matched - 1] }
            if needle[matched] == b { matched += 1 }
            return matched == needle.count
        }
        while text[i] != 0 {
            let b = text[i]
            if b < 0x80 {
                i += 1
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                    blank = started
                    continue
                }
                if blank, feed(0x20) { return true }
                blank = false
                started = true
                if feed(b >= 0x41 && b <= 0x5A ? b + 0x20 : b) { return true }
                continue
            }
            let (scalar, length) = decode(text, at: i)
            i += length
            if let scalar, scalar.properties.isWhitespace {
                blank = started
                continue
            }
            if blank, feed(0x20) { return true }
            blank = false
            started = true
            let folded = scalar.map { Array($0.properties.lowercaseMapping.utf8) } ?? [0xFF]
            for byte in folded where feed(byte < 0x80 ? byte : 0xFF) { return true }
        }
        return false
    }

    /// The scalar whose UTF-8 starts at `i` and its length in bytes; nil (and one byte) when malformed.
    private static func decode(_ text: UnsafePointer<xmlChar>, at i: Int) -> (Unicode.Scalar?, Int) {
        let lead = text[i]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1 else { return (nil, 1) }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for k in 1..<length {
            let next = text[i + k]
            guard next & 0xC0 == 0x80 else { return (nil, k) }
            value = value << 6 | UInt32(next & 0x3F)
        }
        return (Unicode.Scalar(value), length)
    }

    /// For each prefix of `needle`, the length of its longest proper prefix that is also its suffix.
    private static func failureTable(_ needle: [UInt8]) -> [Int] {
        var table = [Int](repeating: 0, count: needle.count)
        var k = 0
        for i in 1..<max(1, needle.count) {
            while k > 0, needle[i] != needle[k] { k = table[k - 1] }
            if needle[i] == needle[k] { k += 1 }
            table[i] = k
        }
        return table
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
    defer { cxml_free(wanted) }
    // An element's text is what a reader sees: a script or style inside it does not count (its string
    // value would make `<body>` "contain" every word a script spells out).
    if let top = parser.pointee.value, top.pointee.type == XPATH_NODESET {
        let nodes = valuePop(parser)
        defer { xmlXPathFreeObject(nodes) }
        var text = ReadableText.bytes(of: nodes?.pointee.nodesetval)
        let found = text.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { hasText(UnsafePointer($0), wanted: wanted) } ?? false
        }
        valuePush(parser, xmlXPathNewBoolean(found ? 1 : 0))
        return
    }
    let text = xmlXPathPopString(parser)
    defer { cxml_free(text) }
    valuePush(parser, xmlXPathNewBoolean(hasText(text, wanted: wanted) ? 1 : 0))
}

/// `TextMatch.contains` on libxml2 strings; false when either is missing.
private func hasText(_ text: UnsafePointer<xmlChar>?, wanted: UnsafePointer<xmlChar>?) -> Bool {
    var found = false
    if let wanted, let text {
        let needleText = String(cString: UnsafeRawPointer(wanted).assumingMemoryBound(to: CChar.self))
        let needle = Array(TextMatch.folded(needleText).utf8)
        if needle.allSatisfy({ $0 < 0x80 }) {
            found = TextMatch.asciiContains(text, needle)
        } else {
            found = TextMatch.contains(
                String(cString: UnsafeRawPointer(text).assumingMemoryBound(to: CChar.self)), needleText)
        }
    }
    return found
}
