import WTSelector

/// Attribute value comparisons on raw bytes, as the XPath translation makes them (`Translator.comparison`):
/// `folded` compares ASCII case-insensitively (the pattern is already lower case).
enum ByteMatch {
    static func compare(
        _ value: UnsafeBufferPointer<UInt8>, _ op: AttributeOperator, _ pattern: UnsafeBufferPointer<UInt8>,
        folded: Bool
    ) -> Bool {
        switch op {
        case .equals: return equal(value, pattern, folded: folded)
        case .notEquals: return !equal(value, pattern, folded: folded)
        case .includes: return hasWord(value, pattern, folded: folded)
        case .dashMatch:
            return equal(value, pattern, folded: folded)
                || (value.count > pattern.count && value[pattern.count] == 0x2D && at(value, 0, pattern, folded))
        case .prefix: return value.count >= pattern.count && at(value, 0, pattern, folded)
        case .suffix: return value.count >= pattern.count && at(value, value.count - pattern.count, pattern, folded)
        case .substring:
            guard value.count >= pattern.count else { return false }
            return (0...(value.count - pattern.count)).contains { at(value, $0, pattern, folded) }
        }
    }

    static func equal(_ value: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>, folded: Bool) -> Bool
    {
        value.count == pattern.count && at(value, 0, pattern, folded)
    }

    /// `pattern` occurs in `value` at `offset` (which leaves room for it).
    static func at(
        _ value: UnsafeBufferPointer<UInt8>, _ offset: Int, _ pattern: UnsafeBufferPointer<UInt8>, _ folded: Bool
    ) -> Bool {
        for i in 0..<pattern.count {
            let b = value[offset + i]
            if (folded ? Bytes.lower(b) : b) != pattern[i] { return false }
        }
        return true
    }

    /// `word` is one of the words of `list`, split at the whitespace `normalize-space` knows (space,
    /// tab, CR, LF).
    static func hasWord(_ list: UnsafeBufferPointer<UInt8>, _ word: UnsafeBufferPointer<UInt8>, folded: Bool) -> Bool {
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        var i = 0
        let n = list.count
        while i < n {
            while i < n, isSpace(list[i]) { i += 1 }
            let start = i
            while i < n, !isSpace(list[i]) { i += 1 }
            if i - start == word.count, at(list, start, word, folded) { return true }
        }
        return false
    }
}
