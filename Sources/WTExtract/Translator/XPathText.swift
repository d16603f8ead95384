/// Small builders for XPath 1.0 text shared by the CSS translator.
enum XPathText {
    static let upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    static let lower = "abcdefghijklmnopqrstuvwxyz"

    /// A string literal. XPath 1.0 has no escapes, so a value holding both quote kinds becomes
    /// `concat('…', "'", '…')`.
    static func literal(_ value: String) -> String {
        if !value.contains("'") { return "'\(value)'" }
        if !value.contains("\"") { return "\"\(value)\"" }
        let parts = value.split(separator: "'", omittingEmptySubsequences: false).map { "'\($0)'" }
        return "concat(" + parts.joined(separator: ", \"'\", ") + ")"
    }

    /// `expression` folded to ASCII lower case, the way HTML compares case-insensitive values.
    static func asciiFolded(_ expression: String) -> String {
        "translate(\(expression), '\(upper)', '\(lower)')"
    }

    /// ASCII lower case only: HTML names and case-insensitive values never fold other letters.
    static func asciiLowercased(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// Whether `name` can be written as an XPath name test (an ASCII NCName); other names are
    /// compared with `name()` instead.
    static func isSimpleName(_ name: String) -> Bool {
        guard let first = name.utf8.first, isNameStart(first) else { return false }
        return name.utf8.allSatisfy { isNameStart($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x2E }
    }

    private static func isNameStart(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
    }

    /// Whether `text` holds ASCII whitespace, which no class name or `~=` word can contain.
    static func hasWhitespace(_ text: String) -> Bool {
        text.utf8.contains { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0C || $0 == 0x0D }
    }

    /// `a and b and c`, with `true()` for no conditions; each operand is parenthesised when it has an `or`.
    static func and(_ conditions: [String]) -> String {
        let kept = conditions.filter { $0 != "true()" }
        if kept.contains("false()") { return "false()" }
        if kept.isEmpty { return "true()" }
        return kept.map { $0.contains(" or ") ? "(\($0))" : $0 }.joined(separator: " and ")
    }

    /// `a or b or c`, with `false()` for no alternatives.
    static func or(_ alternatives: [String]) -> String {
        let kept = alternatives.filter { $0 != "false()" }
        if kept.contains("true()") { return "true()" }
        if kept.isEmpty { return "false()" }
        return kept.count == 1 ? kept[0] : kept.map { "(\($0))" }.joined(separator: " or ")
    }
}
