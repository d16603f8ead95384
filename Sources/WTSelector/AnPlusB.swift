/// The argument of `:nth-child()` and friends: the positions `a*n + b` for n = 0, 1, 2, ….
public struct AnPlusB: Sendable, Hashable, CustomStringConvertible {
    /// The step between positions; 0 selects the single position `b`, negative counts backwards.
    public var a: Int
    /// The offset; positions are 1-based, so results below 1 select nothing.
    public var b: Int

    /// Creates `a`n+`b`.
    public init(a: Int, b: Int) {
        self.a = a
        self.b = b
    }

    /// `odd`: 2n+1.
    public static let odd = AnPlusB(a: 2, b: 1)
    /// `even`: 2n.
    public static let even = AnPlusB(a: 2, b: 0)

    /// Parses a whole an+b expression such as `odd`, `-n+3` or ` 3n - 1 `; nil when it is not one.
    public init?(parsing text: String) {
        var scanner = AnPlusBScanner(bytes: Array(text.utf8), position: 0)
        guard let value = scanner.scan() else { return nil }
        scanner.skipWhitespaceAndComments()
        guard scanner.position == scanner.bytes.count else { return nil }
        self = value
    }

    /// Chromium matches nothing when a or b lies outside ±2^30 (its matcher gives up on values whose
    /// arithmetic could overflow): `:nth-child(-n+2000000000)` selects nothing there, so here too.
    public var canMatch: Bool {
        let range = -(1 << 30)...((1 << 30) - 1)
        return range.contains(a) && range.contains(b)
    }

    /// Normalized form: `2n+1`, `-n+3`, `5`, `n`, `0`.
    public var description: String {
        let aPart: String
        switch a {
        case 0: return "\(b)"
        case 1: aPart = "n"
        case -1: aPart = "-n"
        default: aPart = "\(a)n"
        }
        if b == 0 { return aPart }
        return b > 0 ? "\(aPart)+\(b)" : "\(aPart)\(b)"
    }
}

/// Scans an+b on raw bytes.
///
/// CSS tokenizes `-n-3` as one identifier and `2n-` as a dimension, so the grammar in CSS Syntax §6 is
/// written over awkward token shapes; scanning the bytes directly gives the same language with far less
/// code. Whitespace and comments are allowed between the `an` part, the sign and `b`, never inside `an`
/// or between a leading sign and what follows it.
struct AnPlusBScanner {
    let bytes: [UInt8]
    var position: Int

    /// Values are clamped to 32-bit integers as Chromium stores them (`:nth-child(99999999999)` is valid).
    static let limit = Int(Int32.max)

    /// Scans one expression starting at `position` (after optional whitespace); leaves `position` just
    /// past it. Returns nil when the bytes there are not an an+b expression.
    mutating func scan() -> AnPlusB? {
        skipWhitespaceAndComments()
        if let keyword = scanKeyword() { return keyword }
        var sign = 1
        if let s = byte(at: position), s == UInt8(ascii: "+") || s == UInt8(ascii: "-") {
            sign = s == UInt8(ascii: "-") ? -1 : 1
            position += 1
        }
        let coefficient = scanDigits()
        if let n = byte(at: position), n | 0x20 == UInt8(ascii: "n") {
            position += 1
            guard let bPart = scanBAfterN() else { return nil }
            return AnPlusB(a: Self.clamp(sign * (coefficient ?? 1)), b: bPart)
        }
        guard let value = coefficient, !isNameByte(byte(at: position)) else { return nil }
        return AnPlusB(a: 0, b: Self.clamp(sign * value))
    }

    /// After `n`: nothing, or `+`/`-` then digits, whitespace allowed around the sign.
    private mutating func scanBAfterN() -> Int? {
        let afterN = position
        if let next = byte(at: position), isNameByte(next), next != UInt8(ascii: "-") { return nil }
        skipWhitespaceAndComments()
        guard let s = byte(at: position), s == UInt8(ascii: "+") || s == UInt8(ascii: "-") else {
            position = afterN
            return 0
        }
        // `n-123` is one CSS token (an identifier, or a dimension's unit), whose digits Chromium reads
        // without clamping: too large a value there is invalid, while `n- 123` or `n+123` clamps.
        let glued = s == UInt8(ascii: "-") && position == afterN
        position += 1
        skipWhitespaceAndComments()
        let digitsStart = position
        guard let value = scanDigits(), !isNameByte(byte(at: position)) else { return nil }
        if glued, digitsStart == afterN + 1, value > Self.limit + 1 { return nil }  // -2147483648 fits
        return Self.clamp(s == UInt8(ascii: "-") ? -value : value)
    }

    /// Clamps to the 32-bit range; scanned digits saturate just above it.
    static func clamp(_ value: Int) -> Int { Swift.min(Swift.max(value, Int(Int32.min)), Int(Int32.max)) }

    private mutating func scanKeyword() -> AnPlusB? {
        for (word, value) in [("odd", AnPlusB.odd), ("even", AnPlusB.even)] {
            let w = Array(word.utf8)
            let end = position + w.count
            guard end <= bytes.count else { continue }
            let matches = zip(bytes[position..<end], w).allSatisfy { $0 | 0x20 == $1 }
            if matches && !isNameByte(byte(at: end)) {
                position = end
                return value
            }
        }
        return nil
    }

    /// Digits as a number, saturating just above `limit`; nil when there are none.
    private mutating func scanDigits() -> Int? {
        var value = 0
        var any = false
        while let b = byte(at: position), Bytes.isDigit(b) {
            value = Swift.min(value * 10 + Int(b - 0x30), Self.limit + 2)
            any = true
            position += 1
        }
        return any ? value : nil
    }

    mutating func skipWhitespaceAndComments() {
        while let b = byte(at: position) {
            if Bytes.isCSSWhitespace(b) {
                position += 1
            } else if b == UInt8(ascii: "/"), byte(at: position + 1) == UInt8(ascii: "*") {
                guard let close = CSSLexer.commentEnd(bytes, from: position + 2) else { return }
                position = close
            } else {
                return
            }
        }
    }

    private func byte(at i: Int) -> UInt8? { i < bytes.count ? bytes[i] : nil }

    /// Bytes that would continue an identifier or number, so `2n+1x` or `oddity` is not an an+b.
    private func isNameByte(_ b: UInt8?) -> Bool {
        guard let b else { return false }
        return Bytes.isLetter(b) || Bytes.isDigit(b) || Bytes.isNonASCII(b) || b == UInt8(ascii: "_")
            || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "\\")
    }
}
