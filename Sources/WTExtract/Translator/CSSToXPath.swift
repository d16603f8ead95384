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
/// Beyond plain XPath 1.0, bound by `HTMLDocument` when it evaluates:
/// - `:scope` compares with the variable `$scope` (the context element, or the root element).
/// - `*-of-type` pseudo-classes without a type selector (`:first-of-type`) call the extension
///   functions `wt:preceding-sibling-of-type()` / `wt:following-sibling-of-type()`, because XPath 1.0
///   cannot compare an element's name with its siblings' names.
/// - For its own use the engine matches classes with `wt:has-class('x')`, which reads the attribute in
///   place; `translate(_:)` writes the portable `contains(concat(' ', normalize-space(@class), ' '), ' x ')`.
public enum CSSToXPath {
    /// The namespace URI of the `wt:` extension functions.
    public static let extensionNamespace = "urn:wtc:extract"

    /// Portable XPath 1.0 for `list` (extension functions appear only for `*-of-type` on `*`).
    ///
    /// - Throws: `ExtractError` for selectors a browser would also reject after parsing, such as an
    ///   undeclared namespace prefix (`ns|a`).
    public static func translate(_ list: SelectorList) throws(ExtractError) -> String {
        try translation(of: list, portable: true).xpath
    }

    /// The XPath for `list` and what evaluating it needs; `portable: false` lets the engine use its
    /// faster extension functions.
    static func translation(of list: SelectorList, portable: Bool) throws(ExtractError) -> Translation {
        var translator = Translator(portable: portable)
        var paths: [String] = []
        for selector in list.selectors { paths.append(try translator.path(selector)) }
        return Translation(
            xpath: paths.joined(separator: " | "), usesScope: translator.usesScope,
            usesExtensions: translator.usesExtensions)
    }
}

/// An XPath produced from CSS, with the bindings its evaluation needs.
struct Translation: Sendable, Hashable {
    var xpath: String
    /// The expression reads `$scope`.
    var usesScope: Bool
    /// The expression calls `wt:` functions.
    var usesExtensions: Bool
}

/// One location step: a node test and boolean predicates.
struct Step {
    var test: String
    var predicates: [String] = []

    var text: String { test + predicates.filter { $0 != "true()" }.map { "[\($0)]" }.joined() }
}

/// The state of one translation: which bindings the output needs.
struct Translator {
    /// Only standard XPath 1.0 functions where XPath can express the test.
    let portable: Bool
    var usesScope = false
    var usesExtensions = false

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
