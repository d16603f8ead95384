/// Reading the pieces of the XPath `SemanticXPath` writes, byte by byte, so `ExactTextSearch` and
/// `RoleSearch` can recognise the expressions they answer.
enum XPathReading {
    /// The value of the string literal at `start` (`'…'`, `"…"` or `concat(…)` of those) and where it ends.
    static func literal(_ bytes: [UInt8], at start: Int) -> (value: [UInt8], end: Int)? {
        let concat = Array("concat(".utf8)
        guard start < bytes.count, bytes[start...].starts(with: concat) else { return quoted(bytes, at: start) }
        var value: [UInt8] = []
        var at = start + concat.count
        while let part = quoted(bytes, at: at) {
            value += part.value
            if bytes[part.end...].starts(with: ")".utf8) { return (value, part.end + 1) }
            guard bytes[part.end...].starts(with: ", ".utf8) else { return nil }
            at = part.end + 2
        }
        return nil
    }

    static func quoted(_ bytes: [UInt8], at start: Int) -> (value: [UInt8], end: Int)? {
        guard start < bytes.count, bytes[start] == UInt8(ascii: "'") || bytes[start] == UInt8(ascii: "\"") else {
            return nil
        }
        guard let close = bytes[(start + 1)...].firstIndex(of: bytes[start]) else { return nil }
        return (Array(bytes[(start + 1)..<close]), close + 1)
    }

    /// Whether `bytes` from `start` on is only predicates (`[…][…]`, brackets inside string literals
    /// aside) that never ask for the position (`position()`, `last()`) nor read a variable: applied to one
    /// element, they keep it exactly when they keep it among others.
    static func isPositionFreePredicates(_ bytes: [UInt8], from start: Int) -> Bool {
        var depth = 0
        var i = start
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                guard let end = quoted(bytes, at: i)?.end else { return false }
                i = end
                continue
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"):
                depth -= 1
                if depth < 0 { return false }
            default:
                if depth == 0 { return false }
                if bytes[i] == UInt8(ascii: "$") || bytes[i...].starts(with: "position(".utf8)
                    || bytes[i...].starts(with: "last(".utf8)
                {
                    return false
                }
            }
            i += 1
        }
        return depth == 0
    }

    /// `bytes` without its bracketed predicates (string literals inside them aside).
    static func withoutPredicates(_ bytes: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var depth = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if depth > 0, b == UInt8(ascii: "'") || b == UInt8(ascii: "\"") {
                guard let end = quoted(bytes, at: i)?.end else { return nil }
                i = end
                continue
            }
            if b == UInt8(ascii: "[") {
                depth += 1
            } else if b == UInt8(ascii: "]") {
                depth -= 1
                if depth < 0 { return nil }
            } else if depth == 0 {
                out.append(b)
            }
            i += 1
        }
        return depth == 0 ? out : nil
    }
}
