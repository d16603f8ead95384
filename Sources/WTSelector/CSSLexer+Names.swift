/// Identifiers, escapes and the "would start" checks of CSS Syntax §4.3.
extension CSSLexer {
    /// A name code point: letter, digit, `_`, `-`, or non-ASCII.
    static func isNameByte(_ b: UInt8) -> Bool {
        isNameStartByte(b) || Bytes.isDigit(b) || b == UInt8(ascii: "-")
    }

    /// A name-start code point: letter, `_`, or non-ASCII.
    static func isNameStartByte(_ b: UInt8) -> Bool {
        Bytes.isLetter(b) || b == UInt8(ascii: "_") || Bytes.isNonASCII(b)
    }

    /// `\` not followed by a newline. Unlike CSS, `\` at the very end is not valid: a checker should say so.
    func isValidEscape(at i: Int) -> Bool {
        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\") else { return false }
        return !Bytes.isNewline(bytes[i + 1])
    }

    /// Whether the bytes at `i` start a name (used after `#`, where `#123` is still a hash token).
    func startsName(at i: Int) -> Bool {
        guard i < bytes.count else { return false }
        return Self.isNameByte(bytes[i]) || isValidEscape(at: i)
    }

    /// Whether the bytes at `i` would start an identifier (`-` alone or `-1` does not; `--x` and `-\31` do).
    func startsIdentifier(at i: Int) -> Bool {
        guard i < bytes.count else { return false }
        let b = bytes[i]
        if b == UInt8(ascii: "-") {
            guard i + 1 < bytes.count else { return false }
            let c = bytes[i + 1]
            return Self.isNameStartByte(c) || c == UInt8(ascii: "-") || isValidEscape(at: i + 1)
        }
        return Self.isNameStartByte(b) || isValidEscape(at: i)
    }

    /// Whether the bytes at `i` would start a number (`5`, `.5`, `+5`, `-.5`).
    func startsNumber(at i: Int) -> Bool {
        func digit(_ j: Int) -> Bool { j < bytes.count && Bytes.isDigit(bytes[j]) }
        guard i < bytes.count else { return false }
        switch bytes[i] {
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            return digit(i + 1) || (i + 2 < bytes.count && bytes[i + 1] == UInt8(ascii: ".") && digit(i + 2))
        case UInt8(ascii: "."):
            return digit(i + 1)
        default:
            return digit(i)
        }
    }

    /// Consumes name code points and escapes; returns the unescaped name.
    mutating func lexName() throws(SelectorError) -> String {
        var value: [UInt8] = []
        while position < bytes.count {
            let b = bytes[position]
            if Self.isNameByte(b) {
                value.append(b)
                position += 1
            } else if isValidEscape(at: position) {
                value.append(contentsOf: try consumeEscape())
            } else if b == UInt8(ascii: "\\") {
                throw SelectorError(message: CSSMessage.invalidEscape, offset: position, length: 1)
            } else {
                break
            }
        }
        return String(decoding: value, as: UTF8.self)
    }

    /// Consumes `\` and what it escapes: 1–6 hex digits plus one optional whitespace, or any one scalar.
    /// Returns the escaped scalar as UTF-8.
    mutating func consumeEscape() throws(SelectorError) -> [UInt8] {
        let start = position
        position += 1
        guard position < bytes.count else {
            throw SelectorError(message: CSSMessage.invalidEscape, offset: start, length: 1)
        }
        guard Bytes.isHexDigit(bytes[position]) else {
            let length = min(Bytes.scalarLength(lead: bytes[position]), bytes.count - position)
            defer { position += length }
            return Array(bytes[position..<(position + length)])
        }
        var value: UInt32 = 0
        var count = 0
        while count < 6, position < bytes.count, Bytes.isHexDigit(bytes[position]) {
            value = value * 16 + Bytes.hexValue(bytes[position])
            position += 1
            count += 1
        }
        if position < bytes.count, Bytes.isCSSWhitespace(bytes[position]) {
            position += bytes[position] == 0x0D && position + 1 < bytes.count && bytes[position + 1] == 0x0A ? 2 : 1
        }
        // CSS maps NUL, surrogates and out-of-range values to U+FFFD rather than rejecting them.
        let scalar = value == 0 ? nil : Unicode.Scalar(value)
        return Array(String(Character(scalar ?? "\u{FFFD}")).utf8)
    }
}
