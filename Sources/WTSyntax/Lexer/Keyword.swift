/// The words of `.wt`: every quoted word in grammar/wt.ebnf. Most are contextual: they can also name a
/// parameter, output or variable (`output title`, `let value`); only the `isReserved` ones cannot.
public enum Keyword: String, Sendable, Hashable, CaseIterable {
    // Header and declarations.
    case program, mode, auto, browser, http, param, output
    case string, int, number, bool, url, date, secret, file, `true`, `false`
    // Steps.
    case open, click, fill, with, select, option, value, check, uncheck, press, on, scroll, to, until, max, no, new
    case wait, `for`, back, download, into, within, timeout
    // Control flow and bindings.
    case each, `in`, concurrency, `repeat`, `as`, `if`, `else`, `break`, `return`, extract, `let`
    // Extractions.
    case text, texts, html, urls, exists, count, attr, attrs, of, one, table, expect
    // Locators and expressions.
    case first, css, xpath, label, testid, placeholder, role, not, and, or, title, all, have
    // Page queries in conditions and value transforms.
    case visible, hidden, then, match, matches, group, replace, split, trim, lower, upper

    /// The keyword spelled by `bytes[start..<end]`, or nil for an ordinary name. Compares bytes against the few
    /// keywords of the same length and first letter, so no String is built for the (many) keywords in a program.
    static func match(_ bytes: [UInt8], from start: Int, to end: Int) -> Keyword? {
        let length = end - start
        guard length >= 2, length < maximumLength, start >= 0, end <= bytes.count else { return nil }
        let first = Int(bytes[start]) - 0x61
        guard first >= 0, first < 26 else { return nil }
        let bucket = buckets[length * 26 + first]
        for (spelling, keyword) in bucket where spelling.elementsEqual(bytes[start..<end]) {
            return keyword
        }
        return nil
    }

    private static let maximumLength = 12

    /// Keywords grouped by length and first letter (all keywords are lower-case ASCII, 2 to 11 letters).
    private static let buckets: [[([UInt8], Keyword)]] = {
        var table = [[([UInt8], Keyword)]](repeating: [], count: maximumLength * 26)
        for keyword in Keyword.allCases {
            let spelling = Array(keyword.rawValue.utf8)
            guard let first = spelling.first, spelling.count < maximumLength else { continue }
            table[spelling.count * 26 + Int(first) - 0x61].append((spelling, keyword))
        }
        return table
    }()

    /// Keywords that begin a statement or declaration; error recovery stops before a line starting with one.
    var startsLine: Bool {
        switch self {
        case .open, .click, .fill, .select, .check, .uncheck, .press, .scroll, .wait, .back, .download, .within,
            .for, .repeat, .if, .break, .return, .extract, .let, .expect, .param, .output:
            true
        default: false
        }
    }

    /// Words that can never be a name: those starting a statement or declaration (a line is read by its first
    /// word), the literals and operators of expressions, and `else`/`then`, which follow an expression.
    var isReserved: Bool {
        switch self {
        case .true, .false, .not, .and, .or, .else, .then: true
        default: startsLine
        }
    }

    /// Keywords that start a locator (`locator` and `locator_choice` in the grammar).
    var startsLocator: Bool {
        switch self {
        case .first, .css, .xpath, .label, .testid, .text, .placeholder, .role: true
        default: false
        }
    }

    /// The field kind this keyword names in an extraction, if any.
    var fieldKind: FieldKind? {
        switch self {
        case .text: .text
        case .texts: .texts
        case .html: .html
        case .number: .number
        case .int: .int
        case .url: .url
        case .urls: .urls
        case .date: .date
        case .exists: .exists
        case .count: .count
        case .attr: .attr
        case .attrs: .attrs
        default: nil
        }
    }
}
