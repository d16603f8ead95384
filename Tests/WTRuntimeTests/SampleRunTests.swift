import Foundation
import Testing
import WTRuntime
import WTTestSupport

@Suite("Sample programs against fake sites")
struct SampleRunTests {
    @Test("samples/quotes runs over a fake site and returns every quote")
    func quotes() async throws {
        let text = try String(contentsOf: Paths.samples.appendingPathComponent("quotes/program.wt"), encoding: .utf8)
        var harness = Harness(Sites.quotes)
        harness.parameters = ["base_url=http://fake.test"]
        let result = try await harness.succeed(text)
        guard case .list(let quotes) = result[output: "quotes"] else { throw HarnessError.unexpectedSuccess }
        #expect(quotes.count == 5)
    }

    @Test("samples/products runs list to detail with concurrency over a fake site")
    func products() async throws {
        let text = try String(contentsOf: Paths.samples.appendingPathComponent("products/program.wt"), encoding: .utf8)
        let links = (1...3).map { FakeElement.link("P\($0)", href: "/products/\($0)") }
        var pages = [FakePage("http://fake.test/products/", elements: ["ul.products a.product-link": links])]
        for i in 1...3 {
            let product = FakeElement(
                children: [
                    "h1": [FakeElement("Product \(i)")], ".price": [FakeElement("$\(i)0.00")],
                    ".sku": [FakeElement(attributes: ["data-sku": "SKU\(i)"])],
                    ".review": [FakeElement(), FakeElement()],
                    "img.gallery": [FakeElement(attributes: ["src": "/img/\(i).png"])],
                    ".description": [FakeElement("Nice", html: "<p>Nice</p>")],
                ].merging(i == 2 ? [".in-stock": [FakeElement("yes")], ".rating": [FakeElement("4.5")]] : [:]) { a, _ in
                    a
                })
            pages.append(FakePage("http://fake.test/products/\(i)", elements: ["article.product": [product]]))
        }
        var harness = Harness(pages)
        harness.parameters = ["base_url=http://fake.test"]
        let result = try await harness.succeed(text)
        let expected = """
            {"name":"Product 2","price":20,"sku":"SKU2","in_stock":true,"rating":4.5,"reviews":2,\
            "images":["/img/2.png"],"description":"<p>Nice</p>","page":"http://fake.test/products/2"}
            """
        guard case .list(let products) = result[output: "products"] else { throw HarnessError.unexpectedSuccess }
        #expect(products.count == 3)
        #expect(products[1].json(pretty: false) == expected)
        #expect(products[0][field: "rating"] == .null)
        #expect(harness.site.forkCount == 3)
    }
}
