/// Every CSS selector error message, in one place (CONVENTIONS.md #3). Messages are short, lower-case and
/// say what was expected; quoted arguments already carry their quotes.
enum CSSMessage {
    static let emptySelector = "empty selector"
    static let unclosedComment = "unclosed comment: expected '*/'"
    static let invalidEscape = "invalid escape: '\\' must be followed by a character other than a newline"
    static let expectedElementName = "expected an element name or '*' after '|'"
    static let expectedAttributeName = "expected an attribute name after '|'"
    static let expectedAttributeNameAfterBracket = "expected an attribute name after '['"
    static let expectedBarAfterStar = "expected '|' after '*' in an attribute name"
    static let expectedClassName = "expected a class name after '.'"
    static let expectedIDName = "expected an id after '#'"
    static let unclosedAttribute = "unclosed attribute selector: expected ']'"
    static let expectedPseudoClassName = "expected a pseudo-class name after ':'"
    static let expectedPseudoElementName = "expected a pseudo-element name after '::'"
    static let textTakesNoArguments = "'::text' takes no arguments"
    static let expectedAttrArgument = "expected an attribute name in '::attr()'"

    /// Functional pseudo-classes, for "needs an argument" hints.
    static let functionalNames: Set = [
        "not", "is", "-webkit-any", "where", "has", "nth-child", "nth-last-child",
        "nth-of-type", "nth-last-of-type", "lang", "dir", "contains", "host-context", "state",
    ]
    /// The pseudo-elements Chromium accepts (besides any `::-webkit-…` name); in a document they select
    /// nothing, as in `querySelectorAll`.
    static let browserPseudoElements: Set = [
        "before", "after", "first-line", "first-letter", "selection", "placeholder", "marker", "backdrop",
        "file-selector-button", "cue", "spelling-error", "grammar-error", "target-text", "details-content",
        "view-transition", "search-text", "scroll-marker", "scroll-marker-group", "column", "checkmark",
        "picker-icon",
    ]
    /// Functional pseudo-elements Chromium accepts.
    static let browserPseudoElementFunctions: Set = [
        "part", "slotted", "highlight", "cue", "view-transition-group", "view-transition-image-pair",
        "view-transition-old", "view-transition-new", "picker", "scroll-button",
    ]
    static func badPseudoElementArgument(_ name: String) -> String {
        "'\(name)' needs an argument the browser accepts (one compound selector, or names)"
    }
    /// Pseudo-elements that CSS 2 also allowed with one colon.
    static let legacyPseudoElements: Set = ["before", "after", "first-line", "first-letter"]

    static func unclosedString(_ quote: String) -> String { "unclosed string: expected \(quote)" }

    static func unexpected(_ found: String, inside name: String?) -> String {
        guard let name else { return "unexpected \(found): expected ',' or the end of the selector" }
        return "unexpected \(found) in '\(name)': expected ',' or ')'"
    }

    static func unclosedFunction(_ name: String) -> String {
        "unclosed '\(name.dropLast())': expected ')'"
    }

    static func expectedSelectorInside(_ name: String) -> String { "expected a selector inside '\(name)'" }
    static func expectedSelectorAfter(_ anchor: String) -> String { "expected a selector after \(anchor)" }
    static func expectedSelector(found: String) -> String { "expected a selector, found \(found)" }

    static func invalidID(_ hash: String) -> String {
        "invalid id selector \(hash): an id must start like an identifier (escape a leading digit, e.g. '#\\31 23')"
    }

    static func unknownAttributeFlag(_ flag: String) -> String {
        "unknown attribute flag \(flag): expected 'i' (browsers do not accept 's')"
    }

    static func unknownAttributeMatcher(_ op: String) -> String {
        "unknown attribute operator \(op): expected one of = ~= |= ^= $= *= !="
    }

    static func expectedAttributeValue(after op: String) -> String {
        "expected an attribute value after '\(op)': an identifier or a quoted string"
    }

    static func expectedClosingBracket(found: String) -> String {
        "expected ']' to close the attribute selector, found \(found)"
    }

    /// `:name` written without arguments but not a known keyword pseudo-class.
    static func badPseudoClassIdent(_ raw: String) -> String {
        let lower = Bytes.asciiLowercased(raw)
        if functionalNames.contains(lower) { return "':\(raw)' needs an argument: ':\(raw)(…)'" }
        if lower == "text" { return "unknown pseudo-class ':\(raw)'; did you mean '::text'?" }
        return "unknown pseudo-class ':\(raw)'"
    }

    /// `:name(` that is not a known functional pseudo-class.
    static func badPseudoClassFunction(_ raw: String) -> String {
        let lower = Bytes.asciiLowercased(raw)
        if PseudoClassKeyword(rawValue: lower) != nil { return "':\(raw)' does not take arguments" }
        if lower == "attr" { return "unknown pseudo-class ':\(raw)()'; did you mean '::attr()'?" }
        return "unknown pseudo-class ':\(raw)()'"
    }

    static func badPseudoElement(_ display: String) -> String { "unknown pseudo-element '\(display)'" }

    static func compoundOnly(_ name: String) -> String { "'\(name)' takes compound selectors only" }

    static let hasInsideHas = "':has()' cannot be nested inside ':has()'"

    static func expectedIdentifierArgument(_ name: String) -> String {
        "expected an identifier in '\(name)'"
    }

    static func pseudoElementInside(_ name: String) -> String { "pseudo-elements are not allowed inside '\(name)'" }

    static func pseudoElementNotLast(_ text: String) -> String {
        "pseudo-element '\(text)' must be at the end of the selector"
    }

    static func nestedTooDeeply(_ limit: Int) -> String { "selector nested too deeply: more than \(limit) levels" }

    static func expectedTextArgument(_ name: String) -> String {
        "expected an identifier or a quoted string in '\(name)'"
    }

    static func expectedClosingParen(_ name: String, found: String) -> String {
        "expected ')' to close '\(name)', found \(found)"
    }

    static func ofNotAllowed(_ name: String) -> String {
        "'of' is not allowed in '\(name)': only ':nth-child()' and ':nth-last-child()' take 'an+b of S'"
    }

    static func expectedAnPlusB(_ name: String) -> String {
        "expected an an+b expression such as '2n+1' in '\(name)'"
    }

    static func invalidAnPlusB(_ text: String) -> String { "invalid an+b expression '\(text)'" }
}
