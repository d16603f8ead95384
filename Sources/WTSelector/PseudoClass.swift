/// A pseudo-class.
public enum PseudoClass: Sendable, Hashable {
    /// A pseudo-class without arguments, such as `:first-child` or `:checked`.
    case keyword(PseudoClassKeyword)
    /// `:lang(x)`; the argument as written (identifier or string).
    case lang(String)
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
    /// `:is(S)`; `:matches(S)` parses to this too.
    case `is`(SelectorList)
    /// `:where(S)`: like `:is` but with zero specificity; the same for extraction.
    case `where`(SelectorList)
    /// `:not(S)`.
    case not(SelectorList)
    /// `:has(R)`: some element related as `R` says exists.
    case has([RelativeSelector])
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
    case visited
    case hover
    case active
    case focus
    case target
    case enabled
    case disabled
    case checked
    case indeterminate
}
