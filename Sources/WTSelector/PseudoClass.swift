/// A pseudo-class.
public enum PseudoClass: Sendable, Hashable {
    /// A pseudo-class without arguments, such as `:first-child` or `:checked`.
    case keyword(PseudoClassKeyword)
    /// `:lang(x, y, …)`: language ranges (identifiers, as Chromium accepts them), as written.
    case lang([String])
    /// `:dir(x)`: the direction as written, ASCII lower-cased (`ltr`, `rtl`; others match nothing).
    case dir(String)
    /// `:contains("text")` (non-standard; from cssselect): the element's text contains the string.
    case contains(String)
    /// `:nth-child(an+b)` or `:nth-child(an+b of S)`.
    case nthChild(AnPlusB, of: SelectorList?)
    /// `:nth-last-child(an+b)` or `:nth-last-child(an+b of S)`.
    case nthLastChild(AnPlusB, of: SelectorList?)
    /// `:nth-of-type(an+b)`.
    case nthOfType(AnPlusB)
    /// `:nth-last-of-type(an+b)`.
    case nthLastOfType(AnPlusB)
    /// `:is(S)`; `:-webkit-any(S)` parses to this too. The list is forgiving: selectors that fail to
    /// parse are dropped, and the list may end up empty (matching nothing).
    case `is`(SelectorList)
    /// `:where(S)`: like `:is` but with zero specificity; the same for extraction.
    case `where`(SelectorList)
    /// `:not(S)`.
    case not(SelectorList)
    /// `:has(R)`: some element related as `R` says exists.
    case has([RelativeSelector])
    /// A pseudo-class of user action, media playback, time or shadow trees that no element of a freshly
    /// loaded, untouched document has (`:focus-within`, `:host(p)`, `:state(x)`): it matches nothing.
    /// The text is the normalized pseudo-class without its colon.
    case dynamic(String)
}

/// Pseudo-classes that take no argument; the raw value is the name as written, without the colon.
public enum PseudoClassKeyword: String, Sendable, Hashable, CaseIterable {
    case root
    case scope
    case firstChild = "first-child"
    case lastChild = "last-child"
    case onlyChild = "only-child"
    case firstOfType = "first-of-type"
    case lastOfType = "last-of-type"
    case onlyOfType = "only-of-type"
    case empty
    case link
    case anyLink = "any-link"
    case visited
    case hover
    case active
    case focus
    case target
    case enabled
    case disabled
    case checked
    case indeterminate
    case `default`
    case required
    case optional
    case readOnly = "read-only"
    case readWrite = "read-write"
    case placeholderShown = "placeholder-shown"
    case inRange = "in-range"
    case outOfRange = "out-of-range"
    case valid
    case invalid
    case defined
    case open

    /// Other spellings Chromium accepts for the same pseudo-class.
    static let aliases: [String: PseudoClassKeyword] = ["-webkit-any-link": .anyLink]
}

/// The argument-less pseudo-classes of `PseudoClass.dynamic`, as Chromium accepts them.
enum DynamicPseudoClass {
    static let keywords = Set<String>([
        "focus-within", "focus-visible", "user-invalid", "user-valid", "current", "past", "future", "host",
        "modal", "fullscreen", "-webkit-full-screen", "popover-open", "autofill", "-webkit-autofill",
        "picture-in-picture", "xr-overlay", "window-inactive", "-webkit-drag", "active-view-transition",
    ]).union(PseudoElementFollowers.scrollbar)
    /// Functional ones; the argument is read as a compound selector (`:host()`, `:host-context()`) or an
    /// identifier (`:state()`).
    static let functions: Set<String> = ["host", "host-context", "state", "active-view-transition-type"]
}

/// The pseudo-classes Chromium accepts after a pseudo-element (they select nothing here either).
enum PseudoElementFollowers {
    /// The scrollbar pseudo-classes, also valid on their own.
    static let scrollbar: Set<String> = [
        "horizontal", "vertical", "decrement", "increment", "start", "end", "double-button", "single-button",
        "no-button", "corner-present",
    ]
    static let userAction: Set<String> = ["hover", "focus", "focus-visible", "focus-within", "active"]

    /// Whether `:name` may follow `::element` (lower case; a functional pseudo-class's name ends in `(`, a
    /// functional pseudo-element has its argument).
    static func allows(_ name: String, after element: String) -> Bool {
        if element.hasPrefix("-webkit-scrollbar") || element == "-webkit-resizer" {
            return scrollbar.contains(name) || userAction.contains(name) || name == "window-inactive"
        }
        if element == "selection" { return name == "window-inactive" }
        if element.hasPrefix("part(") { return userAction.contains(name) || name == "state(" }
        // Pseudo-elements of form controls' inner parts take user-action pseudo-classes.
        if element.hasPrefix("-webkit-") || element == "file-selector-button" { return userAction.contains(name) }
        return false
    }
}
