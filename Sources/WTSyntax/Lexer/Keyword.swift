/// The reserved words of `.wt`: every quoted word in grammar/wt.ebnf. None of them can name a variable.
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

    /// Looks a word up; nil when it is an ordinary name.
    static func lookup(_ word: String) -> Keyword? { byWord[word] }

    private static let byWord: [String: Keyword] = {
        var map: [String: Keyword] = [:]
        for keyword in Keyword.allCases { map[keyword.rawValue] = keyword }
        return map
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
