/// Finds the first number in a text and normalises its separators (see `Coercion.number`).
enum NumberReader {
    struct Parsed {
        var negative: Bool
        /// Integer digits, at least one.
        var integer: String
        /// Fraction digits, possibly none.
        var fraction: String
        var decimal: String { fraction.isEmpty ? integer : "\(integer).\(fraction)" }
    }

    static func read(_ text: String) -> Parsed? {
        // In ASCII text without a carriage return (`\r\n` is one character) every byte is a character, and
        // reading bytes is several times faster than splitting the text into characters.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            return NumberScanner(chars: Array(text.utf8)).parse()
        }
        return NumberScanner(chars: Array(text)).parse()
    }
}

/// What `NumberScanner` asks of a character: a `Character`, or a byte of ASCII text, which answers alike.
private protocol NumberCharacter: Equatable {
    var isASCIIDigit: Bool { get }
    var isZero: Bool { get }
    /// `.` or `,`, which mark a decimal or group digits.
    var isMark: Bool { get }
    var isComma: Bool { get }
    var isDot: Bool { get }
    /// Characters that group digits and never mark a decimal: spaces of several widths and apostrophes.
    var isGroupOnly: Bool { get }
    var isMinusSign: Bool { get }
    var isSpace: Bool { get }
    var isCurrencySymbol: Bool { get }
    var isLetterOrNumber: Bool { get }
    var isOpeningParenthesis: Bool { get }
    var isClosingParenthesis: Bool { get }
    static func string(_ characters: [Self]) -> String
}

private struct NumberScanner<C: NumberCharacter> {
    let chars: [C]

    fileprivate func parse() -> NumberReader.Parsed? {
        guard let firstDigit = chars.firstIndex(where: { $0.isASCIIDigit }) else { return nil }
        // `.99` and `$.99`: a dot right before the first digit, with no digit before it, starts a fraction.
        let start = firstDigit > 0 && chars[firstDigit - 1].isDot ? firstDigit - 1 : firstDigit
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
            guard separator.isMark || separator.isGroupOnly else { break }
            var j = i + 1
            while j < chars.count, chars[j].isASCIIDigit { j += 1 }
            let digits = j - i - 1
            if digits == 0 || (separator.isGroupOnly && digits != 3) { break }
            i = i + 1
        }
        return i
    }

    /// Splits the token into integer and fraction digits by the separator rule.
    private func split(_ token: [C]) -> NumberReader.Parsed? {
        let marks = token.enumerated().filter { $0.element.isMark }
        var decimalAt: Int?
        if let last = marks.last {
            let sameKind = marks.filter { $0.element == last.element }.count
            let mixed = marks.contains { $0.element != last.element }
            let digitsAfter = token.count - last.offset - 1
            let integerDigits = token[..<last.offset].filter { $0.isASCIIDigit }
            if mixed {
                guard sameKind == 1 else { return nil }
                decimalAt = last.offset
            } else if sameKind == 1 {
                let groups =
                    last.element.isComma && digitsAfter == 3 && integerDigits.count <= 3
                    && integerDigits.first?.isZero != true
                decimalAt = groups ? nil : last.offset
            }
        }
        let integerPart = decimalAt.map { Array(token[..<$0]) } ?? token
        let fractionPart = decimalAt.map { Array(token[($0 + 1)...]) } ?? []
        guard Self.validGroups(integerPart) else { return nil }
        let integer = C.string(integerPart.filter { $0.isASCIIDigit })
        return NumberReader.Parsed(
            negative: false, integer: integer.isEmpty ? "0" : integer, fraction: C.string(fractionPart))
    }

    /// Grouped digits come in threes after the first group (or twos then a final three, as in India:
    /// `1,23,456`), so `1.2.3` is not a number.
    private static func validGroups(_ part: [C]) -> Bool {
        let groups = part.split { !$0.isASCIIDigit }.map { $0.count }
        guard groups.count > 1 else { return true }
        guard let first = groups.first, first <= 3, groups.last == 3 else { return false }
        return groups.dropFirst().dropLast().allSatisfy { $0 == 3 || $0 == 2 }
    }

    /// A minus sign before the number (with a currency sign or spaces between) that does not join two
    /// words, or parentheses around it.
    private func isNegative(start: Int, end: Int) -> Bool {
        var i = start - 1
        while i >= 0, chars[i].isSpace || chars[i].isCurrencySymbol { i -= 1 }
        guard i >= 0 else { return false }
        // `-5` and `$ -5`, but not `SKU-5`: a hyphen after a letter or digit joins words.
        if chars[i].isMinusSign { return i == 0 || !chars[i - 1].isLetterOrNumber }
        guard chars[i].isOpeningParenthesis else { return false }
        var j = end
        while j < chars.count, chars[j].isSpace || chars[j].isCurrencySymbol { j += 1 }
        return j < chars.count && chars[j].isClosingParenthesis
    }
}

extension Character: NumberCharacter {
    fileprivate static let groupOnly: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}", "'", "\u{2019}"]
    fileprivate static let minusSigns: Set<Character> = ["-", "\u{2212}", "\u{2012}", "\u{2013}"]

    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
    fileprivate var isZero: Bool { self == "0" }
    fileprivate var isMark: Bool { self == "." || self == "," }
    fileprivate var isComma: Bool { self == "," }
    fileprivate var isDot: Bool { self == "." }
    fileprivate var isGroupOnly: Bool { Self.groupOnly.contains(self) }
    fileprivate var isMinusSign: Bool { Self.minusSigns.contains(self) }
    fileprivate var isSpace: Bool { self == " " }
    fileprivate var isCurrencySymbol: Bool { unicodeScalars.first?.properties.generalCategory == .currencySymbol }
    fileprivate var isLetterOrNumber: Bool { isLetter || isNumber }
    fileprivate var isOpeningParenthesis: Bool { self == "(" }
    fileprivate var isClosingParenthesis: Bool { self == ")" }
    fileprivate static func string(_ characters: [Character]) -> String { String(characters) }
}

/// An ASCII byte read as the character it is: in ASCII, `$` is the only currency symbol, the letters and
/// digits are `A`–`Z`, `a`–`z`, `0`–`9`, and the group-only and minus characters are space, `'` and `-`.
extension UInt8: NumberCharacter {
    fileprivate var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
    fileprivate var isZero: Bool { self == 0x30 }
    fileprivate var isMark: Bool { self == 0x2E || self == 0x2C }
    fileprivate var isComma: Bool { self == 0x2C }
    fileprivate var isDot: Bool { self == 0x2E }
    fileprivate var isGroupOnly: Bool { self == 0x20 || self == 0x27 }
    fileprivate var isMinusSign: Bool { self == 0x2D }
    fileprivate var isSpace: Bool { self == 0x20 }
    fileprivate var isCurrencySymbol: Bool { self == 0x24 }
    fileprivate var isLetterOrNumber: Bool { isASCIIDigit || (self | 0x20 >= 0x61 && self | 0x20 <= 0x7A) }
    fileprivate var isOpeningParenthesis: Bool { self == 0x28 }
    fileprivate var isClosingParenthesis: Bool { self == 0x29 }
    fileprivate static func string(_ characters: [UInt8]) -> String { String(decoding: characters, as: UTF8.self) }
}
