import WTSelector

/// A CSS selector list in the shape `TreeMatcher` evaluates directly on the tree, without libxml2's
/// XPath machinery (a parser context, node-set objects and a sort per evaluation, an extension-function
/// call per element): type, id, class and attribute selectors, all four combinators, structural
/// pseudo-classes, `::text` and `::attr()`. Anything else (`:not()`, `:has()`, `:lang()`, form states, …)
/// leaves the plan nil and the XPath translation is evaluated instead.
///
/// Matching mirrors the XPath the translator writes, selection for selection; the conformance suite
/// checks the two agree on every corpus selector.
struct MatchPlan: Sendable, Hashable {
    enum Test: Sendable, Hashable {
        case id([UInt8])
        case className([UInt8])
        case attribute(name: [UInt8], match: AttributeTest?)
        case position(AnPlusB, fromEnd: Bool, ofType: Bool)
        case root
        case empty
        case link
        case never
    }

    struct AttributeTest: Sendable, Hashable {
        var op: AttributeOperator
        var value: [UInt8]
        /// Compare ASCII case-insensitively (`value` is then lower case).
        var folded: Bool
    }

    struct Compound: Sendable, Hashable {
        /// The lower-case element name; nil for `*`.
        var name: [UInt8]?
        var tests: [Test]
    }

    struct Complex: Sendable, Hashable {
        /// Left to right; never empty.
        var compounds: [Compound]
        /// `combinators[i]` joins `compounds[i]` and `compounds[i + 1]`.
        var combinators: [Combinator]
        var pseudoElement: PseudoElement?
        /// `p ::text`: the pseudo-element applies to elements matching the selector and their descendants.
        var includesDescendants: Bool
    }

    var selectors: [Complex]
    /// A sibling combinator can select outside the context's subtree (`:scope + p`), which the subtree
    /// walk does not visit, so such plans are used only for whole-document selection.
    var usesSiblings: Bool

    /// The plan for `list`, or nil when part of it needs XPath.
    init?(_ list: SelectorList) {
        var selectors: [Complex] = []
        for selector in list.selectors {
            guard let complex = Self.complex(selector) else { return nil }
            selectors.append(complex)
        }
        self.selectors = selectors
        usesSiblings = selectors.contains { $0.combinators.contains { $0 == .nextSibling || $0 == .subsequentSibling } }
    }

    private static func complex(_ selector: ComplexSelector) -> Complex? {
        var compounds = selector.compounds
        var combinators = selector.links.map(\.combinator)
        var includesDescendants = false
        if compounds.count > 1, let last = compounds.last, last.isEmpty, combinators.last == .descendant {
            compounds.removeLast()
            combinators.removeLast()
            includesDescendants = true
        }
        var planned: [Compound] = []
        for compound in compounds {
            guard let p = Self.compound(compound) else { return nil }
            planned.append(p)
        }
        return Complex(
            compounds: planned, combinators: combinators, pseudoElement: selector.pseudoElement,
            includesDescendants: includesDescendants)
    }

    private static func compound(_ compound: CompoundSelector) -> Compound? {
        var tests: [Test] = []
        var name: [UInt8]?
        if let type = compound.type {
            switch type.namespace {
            case .named?: return nil
            case .none?: tests.append(.never)
            case .any?, nil: break
            }
            name = type.name.map { Array(XPathText.asciiLowercased($0).utf8) }
        }
        for simple in compound.subclasses {
            guard let more = Self.tests(simple) else { return nil }
            tests += more
        }
        return Compound(name: name, tests: tests)
    }

    private static func tests(_ simple: SimpleSelector) -> [Test]? {
        switch simple {
        case .id(let id): return [.id(Array(id.utf8))]
        case .className(let name): return [XPathText.hasWhitespace(name) ? .never : .className(Array(name.utf8))]
        case .attribute(let a): return attribute(a).map { [$0] }
        case .pseudoClass(let pseudo): return Self.pseudoClass(pseudo)
        }
    }

    private static func attribute(_ a: AttributeSelector) -> Test? {
        if case .named? = a.namespace { return nil }
        let name = XPathText.asciiLowercased(a.name)
        guard let match = a.match else { return .attribute(name: Array(name.utf8), match: nil) }
        let folded =
            match.caseSensitivity == .insensitive
            || (match.caseSensitivity == nil && Translator.caseInsensitiveAttributes.contains(name))
        let value = folded ? XPathText.asciiLowercased(match.value) : match.value
        // The same never-matching cases as the XPath translation.
        switch match.op {
        case .prefix, .suffix, .substring:
            if value.isEmpty { return .never }
        case .includes:
            if value.isEmpty || XPathText.hasWhitespace(value) { return .never }
        default: break
        }
        let test = AttributeTest(op: match.op, value: Array(value.utf8), folded: folded)
        return .attribute(name: Array(name.utf8), match: test)
    }

    private static func pseudoClass(_ pseudo: PseudoClass) -> [Test]? {
        switch pseudo {
        case .nthChild(let ab, of: nil): return [.position(ab, fromEnd: false, ofType: false)]
        case .nthLastChild(let ab, of: nil): return [.position(ab, fromEnd: true, ofType: false)]
        case .nthOfType(let ab): return [.position(ab, fromEnd: false, ofType: true)]
        case .nthLastOfType(let ab): return [.position(ab, fromEnd: true, ofType: true)]
        case .keyword(let keyword): return Self.keyword(keyword)
        default: return nil
        }
    }

    private static func keyword(_ keyword: PseudoClassKeyword) -> [Test]? {
        let first = AnPlusB(a: 0, b: 1)
        let firstChild = Test.position(first, fromEnd: false, ofType: false)
        let lastChild = Test.position(first, fromEnd: true, ofType: false)
        let firstOfType = Test.position(first, fromEnd: false, ofType: true)
        let lastOfType = Test.position(first, fromEnd: true, ofType: true)
        switch keyword {
        case .root: return [.root]
        case .empty: return [.empty]
        case .link: return [.link]
        case .firstChild: return [firstChild]
        case .lastChild: return [lastChild]
        case .onlyChild: return [firstChild, lastChild]
        case .firstOfType: return [firstOfType]
        case .lastOfType: return [lastOfType]
        case .onlyOfType: return [firstOfType, lastOfType]
        case .visited, .hover, .active, .focus, .target: return [.never]
        default: return nil
        }
    }
}
