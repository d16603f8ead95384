import Testing
import WTCompiler
import WTSema
import WTTrace

@Suite("Generalizing listings")
struct ListingGeneralizationTests {
    typealias T = GeneralizerTesting

    static let quoteType: WTType = .list(T.record(["text": .string, "author": .string, "tags": .list(.string)]))

    /// A quotes-like page; a sidebar repeats a tag and an author outside the records.
    static func quotesPage(_ quotes: [(text: String, author: String, tags: [String])]) -> String {
        let items = quotes.map { quote in
            let tags = quote.tags.map { "<a class=\"tag\" href=\"/tag/\($0)/\">\($0)</a>" }.joined(separator: " ")
            return """
                <div class="quote" itemscope>
                  <span class="text">\(quote.text)</span>
                  <span>by <small class="author">\(quote.author)</small> <a href="/author/">(about)</a></span>
                  <div class="tags">Tags: \(tags)</div>
                </div>
                """
        }
        let sidebar = "<aside><h2>Top</h2><a class=\"tag\" href=\"/tag/love/\">love</a><p>Ann Lee</p></aside>"
        return T.page("<h1>Quotes</h1><div class=\"quotes\">\(items.joined())</div>\(sidebar)")
    }

    static func quoteValue(_ quotes: [(text: String, author: String, tags: [String])]) -> JSONValue {
        .array(
            quotes.map { quote in
                .object([
                    .init("text", .string(quote.text)), .init("author", .string(quote.author)),
                    .init("tags", .array(quote.tags.map(JSONValue.string))),
                ])
            })
    }

    @Test("A quotes listing over two pages gives each '.quote' with text, author and a tags list")
    func quotes() throws {
        let first = [("“Love is patient.”", "Ann Lee", ["love", "life"]), ("“Be kind.”", "Bo Chan", ["love"])]
        let second = [("“Keep going.”", "Ann Lee", []), ("“Rest well.”", "Cy Diaz", ["sleep", "love"])]
        let examples = [first, second].enumerated().map { index, quotes in
            ExtractionExample(
                html: Self.quotesPage(quotes), url: "http://q.test/page/\(index + 1)/", value: Self.quoteValue(quotes))
        }
        let outcome = T.generalize(examples, type: Self.quoteType)
        let expected = ExtractionPlan.each(
            container: ".quote",
            fields: [
                FieldPlan(name: "text", kind: .text, selector: ".text"),
                FieldPlan(name: "author", kind: .text, selector: ".author"),
                FieldPlan(name: "tags", kind: .texts, selector: ".tag"),
            ])
        #expect(outcome.plan == expected, "\(outcome.explain)")
        #expect(outcome.explain.first == "container '.quote': selects the 4 example records on 2 pages")
        #expect(outcome.explain.contains("field 'tags': texts \".tag\""))
        try T.expectReproduces(try #require(outcome.plan), examples, type: Self.quoteType)
    }

    @Test("A copy of a record's values outside the listing is not taken for the record")
    func decoy() throws {
        let cards = ["Walnut lamp", "Oak shelf", "Wool throw"].map { name in
            "<div class=\"card\"><h2>\(name)</h2><a href=\"/p/\(name.prefix(3))\">View</a></div>"
        }
        // The promo box repeats the first card's name and link, with the same tags, before the listing.
        let promo =
            "<div class=\"wrap\"><aside><div class=\"box\"><div class=\"promo\"><h2>Walnut lamp</h2>"
            + "<a href=\"/p/Wal\">See</a></div></div></aside></div>"
        let html = T.page(promo + "<main><div class=\"list\">\(cards.joined())</div></main>")
        let value = try T.json(
            """
            [{"name": "Walnut lamp", "link": "http://s.test/p/Wal"}, {"name": "Oak shelf", "link": "http://s.test/p/Oak"},
             {"name": "Wool throw", "link": "http://s.test/p/Woo"}]
            """)
        let type: WTType = .list(T.record(["name": .string, "link": .url]))
        let examples = [ExtractionExample(html: html, url: "http://s.test/shop", value: value)]
        let outcome = T.generalize(examples, type: type)
        let expected = ExtractionPlan.each(
            container: ".card",
            fields: [
                FieldPlan(name: "name", kind: .text, selector: "h2"),
                FieldPlan(name: "link", kind: .url, selector: "a"),
            ])
        #expect(outcome.plan == expected, "\(outcome.explain)")
        try T.expectReproduces(try #require(outcome.plan), examples, type: type)
    }

    @Test("Generated-looking classes lose to a test id, a semantic attribute and a bare tag")
    func generatedClasses() throws {
        let items = [("Lamp", "$12"), ("Shelf", "$40")].map { name, price in
            "<li class=\"css-1x2y3z\" data-testid=\"result\"><span class=\"css-9a8b7c e1f2g3h4\" itemprop=\"name\">"
                + "\(name)</span><b class=\"css-4d5e6f\">\(price)</b></li>"
        }
        let html = T.page("<ul class=\"css-0p9o8i\">\(items.joined())</ul><span>Lamp</span>")
        let value = try T.json(#"[{"name": "Lamp", "price": 12}, {"name": "Shelf", "price": 40}]"#)
        let type: WTType = .list(T.record(["name": .string, "price": .number]))
        let examples = [ExtractionExample(html: html, url: "http://s.test/", value: value)]
        let outcome = T.generalize(examples, type: type)
        let expected = ExtractionPlan.each(
            container: "[data-testid=result]",
            fields: [
                FieldPlan(name: "name", kind: .text, selector: "[itemprop=name]"),
                FieldPlan(name: "price", kind: .number, selector: "b"),
            ])
        #expect(outcome.plan == expected, "\(outcome.explain)")
        try T.expectReproduces(try #require(outcome.plan), examples, type: type)
    }
}
