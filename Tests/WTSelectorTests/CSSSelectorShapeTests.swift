import Testing
import WTSelector

/// The tree a translator walks: left-to-right compounds, namespaces, attribute matches and pseudo-classes.
struct CSSSelectorShapeTests {
    @Test("a complex selector lists its compounds left to right with the combinator before each")
    func complexOrder() throws {
        let selector = try #require(try CSSSelectorParser.parse("ul > li a").selectors.first)
        #expect(selector.head == CompoundSelector(type: TypeSelector(name: "ul")))
        #expect(selector.links.map(\.combinator) == [.child, .descendant])
        #expect(selector.links.map(\.compound.type?.name) == ["li", "a"])
        #expect(selector.pseudoElement == nil)
    }

    @Test("a compound keeps its type selector apart from its subclass selectors")
    func compound() throws {
        let compound = try CSSSelectorParser.parse("a#x.y[z]:hover").selectors[0].head
        #expect(compound.type == TypeSelector(name: "a"))
        #expect(
            compound.subclasses == [
                .id("x"), .className("y"), .attribute(AttributeSelector(name: "z")), .pseudoClass(.keyword(.hover)),
            ])
    }

    @Test("namespace prefixes distinguish any, none and named namespaces")
    func namespaces() throws {
        let types = try ["ns|a", "*|a", "|a", "a", "ns|*"].map {
            try CSSSelectorParser.parse($0).selectors[0].head.type
        }
        #expect(
            types == [
                TypeSelector(namespace: .named("ns"), name: "a"), TypeSelector(namespace: .any, name: "a"),
                TypeSelector(namespace: NamespacePrefix.none, name: "a"), TypeSelector(name: "a"),
                TypeSelector(namespace: .named("ns"), name: nil),
            ])
    }

    @Test("an attribute selector keeps operator, unquoted value and case flag")
    func attribute() throws {
        let simple = try CSSSelectorParser.parse("[lang|='en' i]").selectors[0].head.subclasses
        let match = AttributeMatch(op: .dashMatch, value: "en", caseSensitivity: .insensitive)
        #expect(simple == [.attribute(AttributeSelector(name: "lang", match: match))])
    }

    @Test("a pseudo-element written after whitespace applies to an empty last compound")
    func pseudoElementAfterWhitespace() throws {
        let spaced = try CSSSelectorParser.parse("p ::text").selectors[0]
        #expect(spaced.links.count == 1 && spaced.links[0].compound.isEmpty)
        #expect(spaced.pseudoElement == .text)
        let attached = try CSSSelectorParser.parse("p::attr(href)").selectors[0]
        #expect(attached.links.isEmpty && attached.pseudoElement == .attr("href"))
    }

    @Test(":has() keeps the leading combinator of each relative selector, descendant by default")
    func hasRelative() throws {
        let pseudo = try CSSSelectorParser.parse("li:has(> a, b)").selectors[0].head.subclasses
        guard case .pseudoClass(.has(let relatives)) = pseudo.first else {
            Issue.record("expected :has, got \(pseudo)")
            return
        }
        #expect(relatives.map(\.combinator) == [.child, .descendant])
    }

    @Test(":nth-child with 'of' keeps the an+b and the selector list")
    func nthOf() throws {
        let pseudo = try CSSSelectorParser.parse(":nth-last-child(-n+2 of .a)").selectors[0].head.subclasses
        let list = try CSSSelectorParser.parse(".a")
        #expect(pseudo == [.pseudoClass(.nthLastChild(AnPlusB(a: -1, b: 2), of: list))])
    }

    @Test("pseudo-class names are matched case-insensitively in ASCII only")
    func asciiCaseInsensitive() throws {
        #expect(
            try CSSSelectorParser.parse(":NOT(a):Has(b):CONtains(x)").description
                == ":not(a):has(b):contains(\"x\")")
        #expect(CSSSelectorParser.check(":fİrst-child") != nil)
    }
}
