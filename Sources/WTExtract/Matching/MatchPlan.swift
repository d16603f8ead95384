import WTSelector

/// A CSS selector list in the shape `TreeMatcher` evaluates directly on the tree, without libxml2's
/// XPath machinery (a parser context, node-set objects and a sort per evaluation, an extension-function
/// call per element): type, id, class and attribute selectors, all four combinators, structural
/// pseudo-classes, `::text` and `::attr()`. Anything else (`:not()`, `:has()`, `:lang()`, form states, …)
/// leaves the plan nil and the XPath translation is evaluated instead.
///
/// Matching mirrors the XPath the translator writes; `MatcherAgreementTests` checks the two agree on
/// every corpus selector, from the document and from every element. The plan is flat plain data (names
/// and values in one byte pool, tests and compounds referring to it by offset) so the matcher's inner
/// loop copies no reference-counted values.
struct MatchPlan: Sendable, Hashable {
    enum TestKind: UInt8, Sendable, Hashable {
        case id, className, attribute, position, root, empty, link, never
    }

    /// One test of a compound. `text` is an offset into `pool` (a NUL-terminated string), or -1.
    struct Test: Sendable, Hashable {
        var kind: TestKind
        /// The id, class, attribute name.
        var text = -1
        /// The attribute value to compare with; -1 for `[name]`.
        var value = -1
        /// Lengths of `text` and `value` in bytes.
        var textLength = 0
        var valueLength = 0
        var op = AttributeOperator.equals
        var folded = false
        /// For a value folded by the legacy HTML list, the value as written: SVG and MathML elements
        /// compare it exactly. -1 otherwise.
        var exact = -1
        var ab = AnPlusB(a: 0, b: 1)
        var fromEnd = false
        var ofType = false
    }

    struct Compound: Sendable, Hashable {
        /// Offset of the lower-case element name in `pool`; -1 for `*`.
        var name: Int
        var tests: Range<Int>
        /// How this compound relates to the one on its left (unused for the first).
        var combinator: Combinator
        /// Only descendant combinators to the left: the nearest matching ancestor decides.
        var greedy: Bool
    }

    enum Pseudo: Sendable, Hashable {
        case none, text
        /// Offset of the lower-case attribute name in `pool`.
        case attribute(Int)
    }

    struct Complex: Sendable, Hashable {
        var compounds: Range<Int>
        var pseudo: Pseudo
        /// `p ::text`: the pseudo-element applies to elements matching the selector and their descendants.
        var includesDescendants: Bool
    }

    var pool: [UInt8] = []
    var tests: [Test] = []
    var compounds: [Compound] = []
    var selectors: [Complex] = []
    /// A sibling combinator can select outside the context's subtree (`:scope + p`), which the subtree
    /// walk does not visit, so such plans are used only for whole-document selection.
    var usesSiblings = false
    var selectsText = false
    var selectsAttributes = false

    /// The plan for `list`, or nil when part of it needs XPath.
    init?(_ list: SelectorList) {
        for selector in list.selectors {
            guard add(selector) else { return nil }
        }
    }

    private mutating func add(_ selector: ComplexSelector) -> Bool {
        var parts = selector.compounds
        var combinators = [Combinator.descendant] + selector.links.map(\.combinator)
        var includesDescendants = false
        if parts.count > 1, let last = parts.last, last.isEmpty, combinators.last == .descendant {
            parts.removeLast()
            combinators.removeLast()
            includesDescendants = true
        }
        let start = compounds.count
        for (i, part) in parts.enumerated() {
            let greedy = combinators[...i].dropFirst().allSatisfy { $0 == .descendant }
            guard add(part, combinator: combinators[i], greedy: greedy) else { return false }
        }
        let pseudo: Pseudo
        switch selector.pseudoElement {
        case nil: pseudo = .none
        case .text?: pseudo = .text
        case .attr(let name)?: pseudo = .attribute(intern(XPathText.asciiLowercased(name)))
        case .other?: return false  // selects nothing; the XPath translation says so
        }
        selectsText = selectsText || pseudo == .text
        if case .attribute = pseudo { selectsAttributes = true }
        usesSiblings =
            usesSiblings || combinators.dropFirst().contains { $0 == .nextSibling || $0 == .subsequentSibling }
        selectors.append(
            Complex(compounds: start..<compounds.count, pseudo: pseudo, includesDescendants: includesDescendants))
        return true
    }

    private mutating func add(_ compound: CompoundSelector, combinator: Combinator, greedy: Bool) -> Bool {
        let first = tests.count
        var name = -1
        if let type = compound.type {
            switch type.namespace {
            case .named?: return false
            case .none?: tests.append(Test(kind: .never))
            case .any?, nil: break
            }
            if let typeName = type.name { name = intern(XPathText.asciiLowercased(typeName)) }
        }
        for simple in compound.subclasses {
            guard add(simple) else { return false }
        }
        compounds.append(Compound(name: name, tests: first..<tests.count, combinator: combinator, greedy: greedy))
        return true
    }

    private mutating func add(_ simple: SimpleSelector) -> Bool {
        switch simple {
        // `value` holds the name in lower case, which a quirks-mode document compares against.
        case .id(let id):
            let lower = intern(XPathText.asciiLowercased(id))
            tests.append(Test(kind: .id, text: intern(id), value: lower, textLength: id.utf8.count))
        case .className(let name):
            let lower = intern(XPathText.asciiLowercased(name))
            let test = Test(kind: .className, text: intern(name), value: lower, textLength: name.utf8.count)
            tests.append(XPathText.hasWhitespace(name) ? Test(kind: .never) : test)
        case .attribute(let a): return add(a)
        case .pseudoClass(let pseudo): return add(pseudo)
        }
        return true
    }

    /// Appends `text` and a NUL to the pool; returns its offset.
    mutating func intern(_ text: String) -> Int {
        let offset = pool.count
        pool += Array(text.utf8) + [0]
        return offset
    }
}
