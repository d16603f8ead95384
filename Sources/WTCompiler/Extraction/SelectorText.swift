import WTExtract
import WTSyntax

/// Spelling pieces of CSS selectors, and judging which names are worth building selectors from.
enum SelectorText {
    /// `.name`, or `[class~="name"]` when the class is not a plain identifier (so no CSS escapes are needed).
    static func classSelector(_ name: String) -> String {
        isIdentifier(name) ? ".\(name)" : "[class~=\(quoted(name))]"
    }

    /// `#id`, or `[id="…"]` for an id that is not a plain identifier.
    static func idSelector(_ id: String) -> String {
        isIdentifier(id) ? "#\(id)" : "[id=\(quoted(id))]"
    }

    /// `[name=value]`, quoting the value unless it is a plain identifier; `[name]` for an empty value.
    static func attributeSelector(_ name: String, _ value: String) -> String {
        if value.isEmpty { return "[\(name)]" }
        return "[\(name)=\(isIdentifier(value) ? value : quoted(value))]"
    }

    /// A CSS string literal in double quotes.
    static func quoted(_ value: String) -> String {
        var out = "\""
        for character in value {
            if character == "\"" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out + "\""
    }

    /// Whether a plan's selector is XPath: it starts with `/`, `(`, `./` or `..`, which no CSS selector
    /// does (a class starts `.` and a letter). Recorded XPath that starts otherwise is kept in parentheses.
    static func isXPath(_ selector: String) -> Bool {
        selector.hasPrefix("/") || selector.hasPrefix("(") || selector.hasPrefix("./") || selector.hasPrefix("..")
    }

    /// The selector to evaluate: XPath or CSS, as `isXPath` tells.
    static func selector(_ text: String) -> Selector {
        isXPath(text) ? .xpath(text) : .css(text)
    }

    /// The selector as a program's locator choice: `".price"`, or `xpath "//dt[…]"`.
    static func choice(_ text: String) -> LocatorChoice {
        let literal = StringLiteral(text: text)
        return LocatorChoice(isXPath(text) ? .xpath(literal) : .css(literal))
    }

    /// The selector as a locator with one choice (`choice`).
    static func locator(_ text: String) -> Locator { Locator(choices: [choice(text)]) }

    /// Whether every character is ASCII.
    static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// ASCII letters, digits, `-` and `_`, not starting with a digit or `--`/`-digit`: written without escapes.
    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !name.hasPrefix("--") else { return false }
        let allowed = name.unicodeScalars.allSatisfy { $0.isASCII && (isWordScalar($0) || $0 == "-") }
        let start = first == "-" ? name.unicodeScalars.dropFirst().first : first
        guard let start, allowed else { return false }
        return !("0"..."9").contains(start)
    }

    /// Whether a class or id looks produced by a build tool (`css-1x2y3z`, `Card_title__3xYz1`,
    /// `sc-bdVaJa`): such names change with every release, so selectors built on them break.
    static func looksGenerated(_ name: String) -> Bool {
        let lower = name.lowercased()
        if ["css-", "sc-", "jsx-", "emotion-", "styled-", "svelte-"].contains(where: { lower.hasPrefix($0) }) {
            return true
        }
        let segments = name.split { $0 == "-" || $0 == "_" }
        // A hash: five or more characters mixing letters and digits in one segment.
        let hashLike = segments.contains { segment in
            segment.count >= 5 && segment.contains(where: \.isNumber) && segment.contains(where: \.isLetter)
        }
        // A counter appended to a name (`makeStyles-root-123`).
        let counter = segments.count >= 3 && (segments.last.map { $0.count >= 2 && $0.allSatisfy(\.isNumber) } ?? false)
        return hashLike || counter
    }

    /// Whether a class (or attribute) name says the same as a field name: `in-stock` for `in_stock`,
    /// `review` for `reviews`. Used to order `exists`/`count` candidates, where values give no clue.
    static func namesMatch(_ selectorName: String, field: String) -> Bool {
        let a = normalized(selectorName)
        guard !a.isEmpty else { return false }
        let full = normalized(field)
        var names = [full]
        for prefix in ["has", "is"] where full.hasPrefix(prefix) { names.append(String(full.dropFirst(prefix.count))) }
        return names.contains { b in a == b || a + "s" == b || a == b + "s" }
    }

    private static func normalized(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { $0.isASCII && isWordScalar($0) && $0 != "_" })
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
    }
}
