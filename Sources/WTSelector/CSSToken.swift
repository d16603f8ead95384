/// A CSS token (CSS Syntax Level 3 §4, reduced to what selectors need).
struct CSSToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case ident(String)
        /// An identifier immediately followed by `(`; the token includes the parenthesis.
        case function(String)
        case atKeyword(String)
        /// `#name`; `isIdentifier` is false for `#123`, which is not a valid id selector.
        case hash(String, isIdentifier: Bool)
        case string(String)
        /// A number, percentage or dimension; selectors never accept one, so only the text is kept.
        case numeric(String)
        case whitespace
        case colon
        case comma
        case leftBracket
        case rightBracket
        case leftParen
        case rightParen
        /// Any other single character (`.`, `>`, `*`, `|`, `=`, …).
        case delim(Unicode.Scalar)
        case end
    }

    var kind: Kind
    /// UTF-8 byte offset of the first byte.
    var offset: Int
    /// UTF-8 byte length.
    var length: Int

    var end: Int { offset + length }

    func isDelim(_ c: Unicode.Scalar) -> Bool { kind == .delim(c) }
    var isEnd: Bool { kind == .end }
}
