/// A comma-separated list of selectors: `div.a, ul > li::text`.
///
/// The AST reads left to right, the order in which a CSS → XPath translator emits location steps:
/// `head` is the leftmost compound and each `Link` adds a combinator and the compound to its right.
public struct SelectorList: Sendable, Hashable {
    /// The selectors, in source order; never empty.
    public var selectors: [ComplexSelector]

    /// Creates a list; a parsed list always has at least one selector.
    public init(_ selectors: [ComplexSelector]) { self.selectors = selectors }
}

/// A chain of compound selectors joined by combinators, optionally ending in a pseudo-element.
public struct ComplexSelector: Sendable, Hashable {
    /// One combinator and the compound selector on its right.
    public struct Link: Sendable, Hashable {
        /// How `compound` relates to the compound on its left.
        public var combinator: Combinator
        /// The compound on the right of the combinator.
        public var compound: CompoundSelector

        /// Creates a link.
        public init(_ combinator: Combinator, _ compound: CompoundSelector) {
            self.combinator = combinator
            self.compound = compound
        }
    }

    /// The leftmost compound selector.
    public var head: CompoundSelector
    /// The remaining compounds, each with the combinator before it.
    public var links: [Link]
    /// `::text` or `::attr(name)` after the last compound; only top-level selectors have one.
    ///
    /// When the selector is written with whitespace before the pseudo-element (`p ::text`) the last
    /// compound is empty (`CompoundSelector.isEmpty`): the pseudo-element applies to `p` and its
    /// descendants, which is how parsel extracts text. `p::text` has no empty compound.
    public var pseudoElement: PseudoElement?

    /// Creates a selector from its compounds, left to right.
    public init(head: CompoundSelector, links: [Link] = [], pseudoElement: PseudoElement? = nil) {
        self.head = head
        self.links = links
        self.pseudoElement = pseudoElement
    }

    /// All compounds, left to right.
    public var compounds: [CompoundSelector] { [head] + links.map(\.compound) }
}

/// How two compound selectors relate.
public enum Combinator: String, Sendable, Hashable, CaseIterable {
    /// Whitespace: the right element is a descendant of the left one.
    case descendant = " "
    /// `>`: the right element is a child of the left one.
    case child = ">"
    /// `+`: the right element immediately follows the left one as a sibling.
    case nextSibling = "+"
    /// `~`: the right element follows the left one as a sibling.
    case subsequentSibling = "~"
}

/// A selector inside `:has()`, relative to the element being tested: `> a`, `+ b`, or `a` (descendant).
public struct RelativeSelector: Sendable, Hashable {
    /// The combinator between the tested element and `selector.head`; `.descendant` when none is written.
    public var combinator: Combinator
    /// The selector that must match, starting from the related element.
    public var selector: ComplexSelector

    /// Creates a relative selector.
    public init(_ combinator: Combinator, _ selector: ComplexSelector) {
        self.combinator = combinator
        self.selector = selector
    }
}

/// A sequence of simple selectors with no combinator between them: `a.nav[href]:first-child`.
public struct CompoundSelector: Sendable, Hashable {
    /// `div`, `*`, `ns|a`; nil when the compound starts with a subclass selector (`.a` means `*.a`).
    public var type: TypeSelector?
    /// Id, class, attribute and pseudo-class selectors, in source order.
    public var subclasses: [SimpleSelector]

    /// Creates a compound selector.
    public init(type: TypeSelector? = nil, subclasses: [SimpleSelector] = []) {
        self.type = type
        self.subclasses = subclasses
    }

    /// True only for the implicit compound before a pseudo-element written after whitespace (`p ::text`).
    public var isEmpty: Bool { type == nil && subclasses.isEmpty }
}
