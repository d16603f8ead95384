import WTSelector

/// Translates a parsed CSS selector list to one XPath 1.0 expression with HTML matching semantics.
///
/// The expression is relative (`descendant-or-self::…`), so it selects from any context node: the
/// whole document, or a record's container, in which case the container itself may match (as in
/// parsel). Compounds after combinators follow the forward axes (`/descendant::`, `/`,
/// `/following-sibling::`); selectors nested in `:is()`, `:not()`, `:where()` and `of S` are tested on
/// the element itself by walking the reverse axes. `::text` appends `/text()`, `::attr(name)`
/// appends `/@name`.
///
/// Beyond plain XPath 1.0, bound by `HTMLDocument` when it evaluates (these make an expression
/// non-portable: a browser's `document.evaluate` knows neither `$scope` nor the `wt:` functions):
/// - `:scope` compares with the variable `$scope` (the context element, or the root element).
/// - `*-of-type` pseudo-classes without a type selector (`:first-of-type`) call the extension
///   functions `wt:preceding-sibling-of-type()` / `wt:following-sibling-of-type()`, because XPath 1.0
///   cannot compare an element's name with its siblings' names.
/// - The HTML state pseudo-classes XPath cannot express, or only at great length, call
///   `wt:state('name')` (`:default`, `:required`, `:optional`, `:read-only`, `:read-write`,
///   `:placeholder-shown`, `:in-range`, `:out-of-range` (dates and times need parsing), `:valid`,
///   `:invalid`, `:defined`, `:open`, `:dir()`), and `:lang()` calls `wt:lang('range', …)` (RFC 4647
///   extended filtering). `ElementState` evaluates them in Swift.
/// - For its own use the engine matches classes with `wt:has-class('x')`, which reads the attribute in
///   place; `translate(_:)` writes the portable `contains(concat(' ', normalize-space(@class), ' '), ' x ')`.
///
/// `browserTranslation(of:)` writes XPath a browser can evaluate: every pseudo-class whose meaning the
/// browser knows natively (all standard ones) becomes a test of a marker attribute that the page script
/// sets from `querySelectorAll` before evaluating, so live states (a checkbox the user ticked) count.
public enum CSSToXPath {
    /// The namespace URI of the `wt:` extension functions.
    public static let extensionNamespace = "urn:wtc:extract"

    /// XPath 1.0 for `list`; `wt:` functions appear only for what XPath cannot express (see above).
    ///
    /// - Throws: `ExtractError` for selectors a browser would also reject after parsing, such as an
    ///   undeclared namespace prefix (`ns|a`).
    public static func translate(_ list: SelectorList) throws(ExtractError) -> String {
        try translation(of: list, dialect: .portable).xpath
    }

    /// XPath for a browser's `document.evaluate` and the CSS of each marker it tests: before evaluating,
    /// the page sets the attribute `markerAttribute + index` on every element `querySelectorAll(marks[index])`
    /// selects (`:scope` marks the context element), and removes them afterwards.
    public static func browserTranslation(of list: SelectorList) throws(ExtractError) -> (
        xpath: String, marks: [String]
    ) {
        let translation = try translation(of: list, dialect: .browser)
        return (translation.xpath, translation.marks)
    }

    /// The prefix of the marker attributes of `browserTranslation(of:)`.
    public static let markerAttribute = "data-wtc-mark-"

    /// The XPath for `list` and what evaluating it needs; `.engine` lets the engine use its faster
    /// extension functions.
    static func translation(
        of list: SelectorList, dialect: Translator.Dialect, quirks: Bool = false
    ) throws(ExtractError) -> Translation {
        var translator = Translator(dialect: dialect)
        translator.quirks = quirks
        var paths: [String] = []
        for selector in list.selectors { paths.append(try translator.path(selector)) }
        return Translation(
            xpath: paths.joined(separator: " | "), usesScope: translator.usesScope,
            usesExtensions: translator.usesExtensions, marks: translator.marks, usesNames: translator.usesNames)
    }
}

/// An XPath produced from CSS, with the bindings its evaluation needs.
struct Translation: Sendable, Hashable {
    var xpath: String
    /// The expression reads `$scope`.
    var usesScope: Bool
    /// The expression calls `wt:` functions.
    var usesExtensions: Bool
    /// For the browser dialect: the CSS of each marker attribute.
    var marks: [String] = []
    /// The expression tests a class or an id, which quirks mode compares ignoring case.
    var usesNames = false
}

/// One location step: a node test and boolean predicates.
struct Step {
    var test: String
    var predicates: [String] = []

    var text: String { test + predicates.filter { $0 != "true()" }.map { "[\($0)]" }.joined() }
}

/// The state of one translation: which bindings the output needs.
struct Translator {
    /// Who evaluates the XPath.
    enum Dialect {
        /// `HTMLDocument`, with every extension function.
        case engine
        /// Anyone: standard XPath 1.0 wherever XPath can express the test.
        case portable
        /// A browser's `document.evaluate`, with marker attributes for pseudo-classes.
        case browser
    }

    let dialect: Dialect
    /// Class and id selectors compare ASCII case-insensitively, as in a quirks-mode document.
    var quirks = false
    var usesNames = false
    var usesScope = false
    var usesExtensions = false
    var marks: [String] = []

    /// Only standard XPath 1.0 functions where XPath can express the test.
    var portable: Bool { dialect != .engine }

    /// A test of the marker attribute for the native CSS `css` (browser dialect), shared by repeats.
    mutating func mark(_ css: String) -> String {
        let index = marks.firstIndex(of: css) ?? marks.count
        if index == marks.count { marks.append(css) }
        return "@\(CSSToXPath.markerAttribute)\(index)"
    }

    /// A top-level complex selector as a forward path from the context node.
    mutating func path(_ selector: ComplexSelector) throws(ExtractError) -> String {
        var out = "descendant-or-self::" + (try step(selector.head)).text
        for link in selector.links {
            out += try forwardStep(link.combinator, link.compound)
        }
        switch selector.pseudoElement {
        case nil: break
        case .text: out += "/text()"
        case .attr(let name): out += "/" + attributeNode(XPathText.asciiLowercased(name))
        // `::before` and the browser's other pseudo-elements select nothing in a document.
        case .other: return "self::node()[false()]"
        }
        return out
    }

    /// `/descendant::E`, `/E`, `/following-sibling::*[1][self::E]`, `/following-sibling::E`.
    mutating func forwardStep(_ combinator: Combinator, _ compound: CompoundSelector) throws(ExtractError) -> String {
        // `p ::text` leaves an empty compound: the pseudo-element applies to p and its descendants.
        if compound.isEmpty && combinator == .descendant { return "/descendant-or-self::*" }
        let step = try step(compound)
        switch combinator {
        case .descendant: return "/descendant::" + step.text
        case .child: return "/" + step.text
        case .subsequentSibling: return "/following-sibling::" + step.text
        case .nextSibling: return "/" + adjacent(step)
        }
    }

    /// The element an attribute step names: `@href`, or `@*[name()='…']` for names XPath cannot spell.
    func attributeNode(_ name: String) -> String {
        XPathText.isSimpleName(name) ? "@\(name)" : "@*[name() = \(XPathText.literal(name))]"
    }
}
