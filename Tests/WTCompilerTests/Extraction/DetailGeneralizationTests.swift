import Testing
import WTCompiler
import WTSema
import WTTrace

@Suite("Generalizing detail pages, links and tables")
struct DetailGeneralizationTests {
    typealias T = GeneralizerTesting

    static let productType = T.record([
        "name": .string, "price": .number, "sku": .string, "in_stock": .bool, "rating": .optional(.number),
        "reviews": .int, "images": .list(.string), "description": .string,
    ])

    struct Product {
        var name: String, price: String, sku: String, inStock: Bool, rating: String?, reviews: Int, images: [String]
    }

    /// A product page: the SKU's text differs from its `data-sku`, so only the attribute holds the value.
    static func productPage(_ p: Product) -> String {
        let stock = p.inStock ? "<p class=\"in-stock\">In stock</p>" : "<p class=\"sold-out\">Sold out</p>"
        let rating = p.rating.map { "<p>Rated <span class=\"rating\">\($0)</span> of 5</p>" } ?? "<p>No ratings</p>"
        let reviews = (0..<p.reviews).map { _ in "<li class=\"review\">Lovely.</li>" }.joined()
        let images = p.images.map { "<img class=\"photo\" src=\"\($0)\" alt=\"\">" }.joined()
        return T.page(
            """
            <main><article class="product">
              <h1>\(p.name)</h1><p class="price">\(p.price)</p>
              <p>SKU <span class="sku" data-sku="\(p.sku)">#\(p.sku.lowercased())</span></p>\(stock)\(rating)
              <div class="description"><p>The <b>\(p.name.lowercased())</b> is made by hand.</p></div>
              <div class="gallery">\(images)</div><ul class="reviews">\(reviews)</ul>
            </article><aside class="related"><h2>Related</h2><a href="/p/other">Other</a></aside></main>
            """, title: p.name)
    }

    @Test("A product page gives 'one' with text, number, attr, exists, optional number, count, attrs and html")
    func productDetail() throws {
        let products = [
            Product(
                name: "Oak shelf", price: "$1,249.99", sku: "OS-900", inStock: true, rating: "4.8", reviews: 3,
                images: ["/img/os-a.jpg", "/img/os-b.jpg"]),
            Product(name: "Mug", price: "$12.00", sku: "MG-1", inStock: false, rating: "3.9", reviews: 1, images: []),
            Product(
                name: "Cushion", price: "€24,50", sku: "CU-2", inStock: true, rating: nil, reviews: 0,
                images: ["/c.jpg"]),
        ]
        let values = [
            #"{"name": "Oak shelf", "price": 1249.99, "sku": "OS-900", "in_stock": true, "rating": 4.8, "reviews": 3, "images": ["/img/os-a.jpg", "/img/os-b.jpg"], "description": "<p>The <b>oak shelf</b> is made by hand.</p>"}"#,
            #"{"name": "Mug", "price": 12, "sku": "MG-1", "in_stock": false, "rating": 3.9, "reviews": 1, "images": [], "description": "<p>The <b>mug</b> is made by hand.</p>"}"#,
            #"{"name": "Cushion", "price": 24.5, "sku": "CU-2", "in_stock": true, "rating": null, "reviews": 0, "images": ["/c.jpg"], "description": "<p>The <b>cushion</b> is made by hand.</p>"}"#,
        ]
        let examples = try zip(products, values).map { product, value in
            ExtractionExample(
                html: Self.productPage(product), url: "http://s.test/p/\(product.sku)", value: try T.json(value))
        }
        let outcome = T.generalize(examples, type: Self.productType)
        let expected = ExtractionPlan.one(
            container: ".product",
            fields: [
                FieldPlan(name: "name", kind: .text, selector: "h1"),
                FieldPlan(name: "price", kind: .number, selector: ".price"),
                FieldPlan(name: "sku", kind: .attr, attribute: "data-sku", selector: ".sku"),
                FieldPlan(name: "in_stock", kind: .exists, selector: ".in-stock"),
                FieldPlan(name: "rating", kind: .number, selector: ".rating"),
                FieldPlan(name: "reviews", kind: .count, selector: ".review"),
                FieldPlan(name: "images", kind: .attrs, attribute: "src", selector: ".photo"),
                FieldPlan(name: "description", kind: .html, selector: ".description"),
            ])
        #expect(outcome.plan == expected, "\(outcome.explain)")
        // "#mg-1" reads as 1, the second page's review count, so `int ".sku"` was worth a try.
        #expect(
            outcome.explain.contains(
                "field 'reviews': int \".sku\" lost: gave 900 (expected 3) in record 1 on http://s.test/p/OS-900")
        )
        try T.expectReproduces(try #require(outcome.plan), examples, type: Self.productType)
    }

    @Test("Product links from relative hrefs give a page-level 'urls' field, leaving out other links")
    func productLinks() throws {
        let html = T.page(
            """
            <nav><a href="/">Home</a><a href="/p/lamp">Lamp of the week</a></nav>
            <ul class="products"><li><a class="product-link" href="/p/lamp">Lamp</a> <span>$5</span></li>
            <li><a class="product-link" href="../p/shelf">Shelf</a></li></ul><p><a class="ad" href="/sale">Sale</a></p>
            """)
        let value = try T.json(#"["http://s.test/p/lamp", "http://s.test/p/shelf"]"#)
        let examples = [ExtractionExample(html: html, url: "http://s.test/shop/", value: value)]
        let outcome = T.generalize(examples, type: .list(.url))
        #expect(outcome.plan == .field(FieldPlan(name: "value", kind: .urls, selector: ".product-link")))
        try T.expectReproduces(try #require(outcome.plan), examples, type: .list(.url))
    }

    @Test("Table rows give a structural container and positional cells only where nothing else tells them apart")
    func table() throws {
        let rows = [("Ann Lee", "34", "ann"), ("Bo Chan", "1,204", "bo")].map { name, age, slug in
            "<tr><td>\(name)</td><td>\(age)</td><td><a href=\"/people/\(slug)\">view</a></td></tr>"
        }
        let html = T.page(
            "<table class=\"people\"><thead><tr><th>Name</th><th>Age</th><th></th></tr></thead>"
                + "<tbody>\(rows.joined())</tbody></table><table class=\"legend\"><tr><td>Key</td></tr></table>")
        let value = try T.json(
            #"[{"name": "Ann Lee", "age": 34, "profile": "http://s.test/people/ann"}, {"name": "Bo Chan", "age": 1204, "profile": "http://s.test/people/bo"}]"#
        )
        let type: WTType = .list(T.record(["name": .string, "age": .int, "profile": .url]))
        let examples = [ExtractionExample(html: html, url: "http://s.test/team", value: value)]
        let outcome = T.generalize(examples, type: type)
        let expected = ExtractionPlan.each(
            container: ".people > tbody > tr",
            fields: [
                FieldPlan(name: "name", kind: .text, selector: "td"),
                FieldPlan(name: "age", kind: .int, selector: "td:nth-child(2)"),
                FieldPlan(name: "profile", kind: .url, selector: "a"),
            ])
        #expect(outcome.plan == expected, "\(outcome.explain)")
        // The header row is a `tr` too, which rules out the simpler selectors.
        #expect(
            outcome.explain.contains(
                "container '.people tr' lost: selected 3 elements on http://s.test/team (expected 2)"))
        try T.expectReproduces(try #require(outcome.plan), examples, type: type)
    }
}
