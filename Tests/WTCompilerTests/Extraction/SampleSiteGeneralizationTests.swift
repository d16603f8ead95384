import Foundation
import Testing
import WTCompiler
import WTSema
import WTTestSupport
import WTTrace

/// The generalizer on the real sample sites: each `expected.json` is split into the values one extraction
/// step produced on each page, and the plan found must reproduce them.
@Suite("Generalizing the sample sites")
struct SampleSiteGeneralizationTests {
    typealias T = GeneralizerTesting
    static let base = "http://127.0.0.1:8000"

    static func file(_ sample: String, _ path: String) throws -> String {
        try String(
            contentsOf: Paths.samples.appendingPathComponent(sample).appendingPathComponent(path), encoding: .utf8)
    }

    /// `expected.json` with `BASE` standing for the sample site's address.
    static func expected(_ sample: String) throws -> JSONValue {
        try T.json(try file(sample, "expected.json").replacingOccurrences(of: "BASE", with: base))
    }

    // samples/quotes/program.wt reads `each ".quote" { text ".text"; text "small.author"; texts "a.tag" }`;
    // the generalizer finds the same container with plain classes: `.author` and `.tag` are unique enough.
    @Test("The quotes pages give each '.quote' reproducing expected.json page by page")
    func quotes() throws {
        guard case .array(let quotes)? = try Self.expected("quotes")["quotes"] else {
            Issue.record("samples/quotes/expected.json has no quotes list")
            return
        }
        var examples: [ExtractionExample] = []
        var taken = 0
        for path in ["", "page/2/", "page/3/"] {
            let html = try Self.file("quotes", "site/tag/love/\(path)index.html")
            let count = html.components(separatedBy: "class=\"quote\"").count - 1
            let value = JSONValue.array(Array(quotes[taken..<min(taken + count, quotes.count)]))
            examples.append(ExtractionExample(html: html, url: "\(Self.base)/tag/love/\(path)", value: value))
            taken += count
        }
        #expect(taken == quotes.count)
        let type: WTType = .list(T.record(["text": .string, "author": .string, "tags": .list(.string)]))
        let outcome = T.generalize(examples, type: type)
        let expected = ExtractionPlan.each(
            container: ".quote",
            fields: [
                FieldPlan(name: "text", kind: .text, selector: ".text"),
                FieldPlan(name: "author", kind: .text, selector: ".author"),
                FieldPlan(name: "tags", kind: .texts, selector: ".tag"),
            ])
        #expect(outcome.plan == expected, "\(outcome.explain)")
        try T.expectReproduces(try #require(outcome.plan), examples, type: type)
    }

    // samples/products/program.wt reads `one "article.product"` with `text "h1"`, `number ".price"`,
    // `attr "data-sku" of ".sku"`, `exists ".in-stock"`, `number ".rating"`, `count ".review"`,
    // `attrs "src" of "img.gallery"` and `html ".description"`. The generalizer finds `.product`, and
    // `text ".sku"` for the SKU because the span's text equals its `data-sku` on every page; the rest match.
    @Test("The product pages give 'one .product' reproducing expected.json, the page bound by the caller")
    func products() throws {
        guard case .array(let products)? = try Self.expected("products")["products"] else {
            Issue.record("samples/products/expected.json has no products list")
            return
        }
        let examples = try products.map { product -> ExtractionExample in
            guard case .string(let page)? = product["page"] else { throw SampleError.noPage }
            let slug = page.dropFirst("\(Self.base)/products/".count).dropLast()
            let html = try Self.file("products", "site/products/\(slug)/index.html")
            return ExtractionExample(html: html, url: page, value: product)
        }
        let type = T.record([
            "name": .string, "price": .number, "sku": .string, "in_stock": .bool, "rating": .optional(.number),
            "reviews": .int, "images": .list(.string), "description": .string, "page": .url,
        ])
        let outcome = T.generalize(examples, type: type, external: ["page"])
        let expected = ExtractionPlan.one(
            container: ".product",
            fields: [
                FieldPlan(name: "name", kind: .text, selector: "h1"),
                FieldPlan(name: "price", kind: .number, selector: ".price"),
                FieldPlan(name: "sku", kind: .text, selector: ".sku"),
                FieldPlan(name: "in_stock", kind: .exists, selector: ".in-stock"),
                FieldPlan(name: "rating", kind: .number, selector: ".rating"),
                FieldPlan(name: "reviews", kind: .count, selector: ".review"),
                FieldPlan(name: "images", kind: .attrs, attribute: "src", selector: ".gallery"),
                FieldPlan(name: "description", kind: .html, selector: ".description"),
            ])
        #expect(outcome.plan == expected, "\(outcome.explain)")
        try T.expectReproduces(try #require(outcome.plan), examples, type: type)
    }

    // The program reads `urls "ul.products a.product-link"`; `.product-link` alone leaves out the ad.
    @Test("The product index gives 'urls .product-link' for the product pages")
    func productLinks() throws {
        guard case .array(let products)? = try Self.expected("products")["products"] else {
            Issue.record("samples/products/expected.json has no products list")
            return
        }
        let links = JSONValue.array(products.compactMap { $0["page"] })
        let html = try Self.file("products", "site/products/index.html")
        let examples = [ExtractionExample(html: html, url: "\(Self.base)/products/", value: links)]
        let outcome = T.generalize(examples, type: .list(.url))
        #expect(outcome.plan == .field(FieldPlan(name: "value", kind: .urls, selector: ".product-link")))
        try T.expectReproduces(try #require(outcome.plan), examples, type: .list(.url))
    }

    enum SampleError: Error {
        case noPage
    }
}
