/// What CSS Syntax closes by itself at the end of the input (§ 5.4: "EOF … return the block"): an
/// unterminated comment, string, `(` or `[`, and a trailing `\` (an escape of EOF reads as U+FFFD).
/// Browsers accept `:not(p`, `[title="x` and `p/* note` this way; appending the closers keeps every
/// offset of the text as written, so messages still point into it.
enum EndOfInput {
    /// The text to append to `bytes` so every construct open at the end is closed.
    static func closers(_ bytes: [UInt8]) -> String {
        var open: [UInt8] = []
        var quote: UInt8?
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if let q = quote {
                if b == UInt8(ascii: "\\") {
                    // In a string, an escaped EOF is dropped: a newline after it makes a line continuation.
                    if i + 1 == bytes.count { return "\n" + closing(open, String(UnicodeScalar(q))) }
                    i += 2
                    continue
                }
                if b == q || b == 0x0A || b == 0x0C || b == 0x0D { quote = nil }
            } else if b == UInt8(ascii: "/"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "*") {
                guard let end = CSSLexer.commentEnd(bytes, from: i + 2) else { return "*/" + closing(open, "") }
                i = end
                continue
            } else if b == UInt8(ascii: "\\") {
                if i + 1 == bytes.count { return "\u{FFFD}" + closing(open, "") }
                i += 2
                continue
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: "(") || b == UInt8(ascii: "[") {
                open.append(b == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]"))
            } else if (b == UInt8(ascii: ")") || b == UInt8(ascii: "]")), open.last == b {
                open.removeLast()
            }
            i += 1
        }
        return closing(open, quote.map { String(UnicodeScalar($0)) } ?? "")
    }

    private static func closing(_ open: [UInt8], _ prefix: String) -> String {
        prefix + String(decoding: open.reversed(), as: UTF8.self)
    }
}
