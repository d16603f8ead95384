/// Finds the first number in a text and normalises its separators (see `Coercion.number`).
struct NumberReader {
    struct Parsed {
        var negative: Bool
        /// Integer digits, at least one.
        var integer: String
        /// Fraction digits, possibly none.
        var fraction: String
        var decimal: String { fraction.isEmpty ? integer : "\(integer).\(fraction)" }
    }

    /// Characters that group digits and never mark a decimal: spaces of several widths and apostrophes.
    static let groupOnly: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}", "'", "\u{2019}"]
    static let minusSigns: Set<Character> = ["-", "\u{2212}", "\u{2012}", "\u{2013}"]

    let chars: [Character]

    static func read(_ text: String) -> Parsed? {
        NumberReader(chars: Array(text)).parse()
    }

    private func parse() -> Parsed? {
        guard let firstDigit = chars.firstIndex(where: \.isASCIIDigit) else { return nil }
        // `.99` and `$.99`: a dot right before the first digit, with no digit before it, starts a fraction.
        let start = firstDigit > 0 && chars[firstDigit - 1] == "." ? firstDigit - 1 : firstDigit
        let end = tokenEnd(from: firstDigit)
        guard var parsed = split(Array(chars[start..<end])) else { return nil }
        parsed.negative = isNegative(start: start, end: end)
        return parsed
    }

    /// Digits, and separators that are followed by digits; a space-like separator only before a group of
    /// exactly three digits, so `12 to 15` and `Room 4 2 beds` stop at the first number.
    private func tokenEnd(from index: Int) -> Int {
        var i = index
        while i < chars.count {
            if chars[i].isASCIIDigit {
                i += 1
                continue
            }
            let separator = chars[i]
            guard separator == "." || separator == "," || Self.groupOnly.contains(separator) else { break }
            var j = i + 1
            while j < chars.count, chars[j].isASCIIDigit { j += 1 }
            let digits = j - i - 1
            if digits == 0 || (Self.groupOnly.contains(separator) && digits != 3) { break }
            i = i + 1
        }
        return i
    }

    /// Splits the token into integer and fraction digits by the separator rule.
    private func split(_ token: [Character]) -> Parsed? {
        let marks = token.enumerated().filter { $0.element == "." || $0.element == "," }
        var decimalAt: Int?
        if let last = marks.last {
            let sameKind = marks.filter { $0.element == last.element }.count
            let mixed = marks.contains { $0.element != last.element }
            let digitsAfter = token.count - last.offset - 1
            let integerDigits = token[..<last.offset].filter(\.isASCIIDigit)
            if mixed {
                guard sameKind == 1 else { return nil }
                decimalAt = last.offset
            } else if sameKind == 1 {
                let groups =
                    last.element == "," && digitsAfter == 3 && integerDigits.count <= 3
                    && integerDigits.first != "0"
                decimalAt = groups ? nil : last.offset
            }
        }
        let integerPart = decimalAt.map { Array(token[..<$0]) } ?? token
        let fractionPart = decimalAt.map { Array(token[($0 + 1)...]) } ?? []
        guard Self.validGroups(integerPart) else { return nil }
        let integer = String(integerPart.filter(\.isASCIIDigit))
        return Parsed(negative: false, integer: integer.isEmpty ? "0" : integer, fraction: String(fractionPart))
    }

    /// Grouped digits come in threes after the first group (or twos then a final three, as in India:
    /// `1,23,456`), so `1.2.3` is not a number.
    private static func validGroups(_ part: [Character]) -> Bool {
        let groups = part.split { !$0.isASCIIDigit }.map(\.count)
        guard groups.count > 1 else { return true }
        guard let first = groups.first, first <= 3, groups.last == 3 else { return false }
        return groups.dropFirst().dropLast().allSatisfy { $0 == 3 || $0 == 2 }
    }

    /// A minus sign before the number (with a currency sign or spaces between) that does not join two
    /// words, or parentheses around it.
    private func isNegative(start: Int, end: Int) -> Bool {
        var i = start - 1
        while i >= 0, chars[i] == " " || chars[i].isCurrencySymbol { i -= 1 }
        guard i >= 0 else { return false }
        // `-5` and `$ -5`, but not `SKU-5`: a hyphen after a letter or digit joins words.
        if Self.minusSigns.contains(chars[i]) { return i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber) }
        guard chars[i] == "(" else { return false }
        var j = end
        while j < chars.count, chars[j] == " " || chars[j].isCurrencySymbol { j += 1 }
        return j < chars.count && chars[j] == ")"
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
    fileprivate var isCurrencySymbol: Bool {
        unicodeScalars.first?.properties.generalCategory == .currencySymbol
    }
}
