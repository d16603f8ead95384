extension Lexer {
    /// The punctuation token at `offset` and its length, longest match first (`+=` before `+`).
    func punctuation(at offset: Int) -> (kind: TokenKind, length: Int)? {
        guard let b = byte(at: offset) else { return nil }
        let nextIsEqual = byte(at: offset + 1) == UInt8(ascii: "=")
        switch b {
        case UInt8(ascii: "{"): return (.leftBrace, 1)
        case UInt8(ascii: "}"): return (.rightBrace, 1)
        case UInt8(ascii: "["): return (.leftBracket, 1)
        case UInt8(ascii: "]"): return (.rightBracket, 1)
        case UInt8(ascii: "("): return (.leftParen, 1)
        case UInt8(ascii: ")"): return (.rightParen, 1)
        case UInt8(ascii: ":"): return (.colon, 1)
        case UInt8(ascii: ","): return (.comma, 1)
        case UInt8(ascii: "."): return (.dot, 1)
        case UInt8(ascii: "~"): return (.tilde, 1)
        case UInt8(ascii: "|"): return (.pipe, 1)
        case UInt8(ascii: "-"): return (.minus, 1)
        case UInt8(ascii: "?"): return (.question, 1)
        case UInt8(ascii: "="): return nextIsEqual ? (.equalEqual, 2) : (.equal, 1)
        case UInt8(ascii: "+"): return nextIsEqual ? (.plusEqual, 2) : (.plus, 1)
        case UInt8(ascii: "<"): return nextIsEqual ? (.lessEqual, 2) : (.less, 1)
        case UInt8(ascii: ">"): return nextIsEqual ? (.greaterEqual, 2) : (.greater, 1)
        case UInt8(ascii: "!"): return nextIsEqual ? (.bangEqual, 2) : nil
        default: return nil
        }
    }

    /// Adds the punctuation token starting with `byte` at the current position; false if there is none.
    mutating func lexPunctuation(_ byte: UInt8) -> Bool {
        guard let (kind, length) = punctuation(at: pos) else { return false }
        add(kind, from: pos, to: pos + length)
        return true
    }
}
