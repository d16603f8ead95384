/// Byte classes shared by the CSS and XPath lexers.
///
/// Both lexers work on UTF-8 bytes so every position they report is already the byte offset the API
/// promises. Any byte >= 0x80 belongs to a multi-byte scalar, and both grammars treat non-ASCII scalars as
/// name characters, so classifying single bytes is enough.
enum Bytes {
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func isHexDigit(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x66) }
    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    static func isNonASCII(_ b: UInt8) -> Bool { b >= 0x80 }

    /// CSS whitespace: space, tab, and the newlines LF, CR and FF.
    static func isCSSWhitespace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
    /// CSS newline: LF, CR, FF.
    static func isNewline(_ b: UInt8) -> Bool { b == 0x0A || b == 0x0D || b == 0x0C }
    /// XPath ExprWhitespace (XML S): space, tab, CR, LF.
    static func isXPathWhitespace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// Value of a hexadecimal digit byte.
    static func hexValue(_ b: UInt8) -> UInt32 {
        isDigit(b) ? UInt32(b - 0x30) : UInt32((b | 0x20) - 0x61 + 10)
    }

    /// Length of the UTF-8 sequence that starts with `lead`; 1 for a stray continuation byte so callers
    /// always make progress.
    static func scalarLength(lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }

    /// The text of `bytes[range]`, clamped to the array, repairing any split scalar.
    static func text(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        let lower = min(max(0, range.lowerBound), bytes.count)
        let upper = min(max(lower, range.upperBound), bytes.count)
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    /// `text` in single quotes for a message, with control characters shown as `U+0001` so the message
    /// stays on one line and readable.
    static func quoted(_ text: String) -> String {
        var out = "'"
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F {
                out += "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "'"
    }

    /// ASCII-only lower-casing: CSS keywords match case-insensitively in ASCII only, so `:fİrst-child` must
    /// not turn into `:first-child` the way full Unicode folding would.
    static func asciiLowercased(_ s: String) -> String {
        String(decoding: s.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}

extension String {
    /// The string left-padded with zeros to `width` characters.
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
