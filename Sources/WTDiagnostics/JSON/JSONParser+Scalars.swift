/// Strings, numbers, literals, and the wording of "found …" in errors.
extension JSONParser {
    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")

    /// Reads a string starting at its opening quote; returns the decoded text and the range with quotes.
    /// Runs without escapes are copied in one piece, so the common case does no per-byte appends.
    mutating func parseString() throws(JSONSyntaxError) -> (String, SourceRange) {
        let start = position
        position += 1
        var decoded: [UInt8] = []
        var runStart = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Self.quote {
                let text: String
                if decoded.isEmpty, runStart == start + 1 {
                    text = String(decoding: bytes[runStart..<position], as: UTF8.self)
                } else {
                    decoded.append(contentsOf: bytes[runStart..<position])
                    text = String(decoding: decoded, as: UTF8.self)
                }
                position += 1
                return (text, SourceRange(start: start, end: position))
            }
            if byte == Self.backslash {
                decoded.append(contentsOf: bytes[runStart..<position])
                try parseEscape(into: &decoded, stringStart: start)
                runStart = position
            } else if byte < 0x20 {
                throw controlCharacterError(byte)
            } else {
                position += 1
            }
        }
        throw JSONSyntaxError(
            JSONMessages.unterminatedString, at: SourceRange(start: start, end: start + 1),
            help: "add the closing '\"'")
    }

    private func controlCharacterError(_ byte: UInt8) -> JSONSyntaxError {
        let help =
            byte == UInt8(ascii: "\n")
            ? "close the string with '\"' before the line break, or write the line break as \\n"
            : "write it as an escape, e.g. \\t or \\u00\(JSONMessages.hexDigits(UInt32(byte)).suffix(2))"
        return JSONSyntaxError(
            JSONMessages.controlCharacter(UInt32(byte)),
            at: SourceRange(start: position, end: position + 1), help: help)
    }

    /// Decodes the escape at the cursor (on the backslash) and appends its UTF-8 to `decoded`.
    private mutating func parseEscape(into decoded: inout [UInt8], stringStart: Int) throws(JSONSyntaxError) {
        let start = position
        guard position + 1 < bytes.count else {
            throw JSONSyntaxError(
                JSONMessages.unterminatedString,
                at: SourceRange(start: stringStart, end: stringStart + 1),
                help: "add the closing '\"'")
        }
        let simple: UInt8? =
            switch bytes[position + 1] {
            case UInt8(ascii: "\""): Self.quote
            case UInt8(ascii: "\\"): Self.backslash
            case UInt8(ascii: "/"): UInt8(ascii: "/")
            case UInt8(ascii: "b"): 0x08
            case UInt8(ascii: "f"): 0x0C
            case UInt8(ascii: "n"): 0x0A
            case UInt8(ascii: "r"): 0x0D
            case UInt8(ascii: "t"): 0x09
            default: nil
            }
        if let simple {
            decoded.append(simple)
            position += 2
            return
        }
        guard bytes[position + 1] == UInt8(ascii: "u") else {
            let end = position + 1 + scalarLength(at: position + 1)
            let text = String(decoding: bytes[(position + 1)..<end], as: UTF8.self)
            throw JSONSyntaxError(
                JSONMessages.invalidEscape(text), at: SourceRange(start: start, end: end),
                help: "valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX")
        }
        let scalar = try parseUnicodeEscape()
        Unicode.UTF8.encode(scalar) { decoded.append($0) }
    }

    /// Reads `\uXXXX`, or a `\uD83D\uDE00` surrogate pair, at the cursor.
    private mutating func parseUnicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let start = position
        let first = try readHexQuad()
        if (0xDC00...0xDFFF).contains(first) {
            throw JSONSyntaxError(JSONMessages.loneSurrogate(first), at: SourceRange(start: start, end: position))
        }
        guard (0xD800...0xDBFF).contains(first) else {
            // Not a surrogate, so always a valid scalar; the fallback is unreachable.
            return Unicode.Scalar(first) ?? "\u{FFFD}"
        }
        let highEnd = position
        guard position + 1 < bytes.count, bytes[position] == Self.backslash, bytes[position + 1] == UInt8(ascii: "u")
        else {
            throw JSONSyntaxError(
                JSONMessages.loneSurrogate(first), at: SourceRange(start: start, end: highEnd),
                help: "a high surrogate must be followed by a low one (\\uDC00…\\uDFFF)")
        }
        let second = try readHexQuad()
        guard (0xDC00...0xDFFF).contains(second) else {
            throw JSONSyntaxError(
                JSONMessages.loneSurrogate(first), at: SourceRange(start: start, end: highEnd),
                help: "a high surrogate must be followed by a low one (\\uDC00…\\uDFFF)")
        }
        let value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// Reads `\u` and four hex digits at the cursor.
    private mutating func readHexQuad() throws(JSONSyntaxError) -> UInt32 {
        let start = position
        var value: UInt32 = 0
        for i in 2..<6 {
            guard start + i < bytes.count, let digit = hexValue(bytes[start + i]) else {
                let end = min(start + i + 1, bytes.count)
                throw JSONSyntaxError(JSONMessages.invalidUnicodeEscape, at: SourceRange(start: start, end: end))
            }
            value = value << 4 | digit
        }
        position = start + 6
        return value
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
