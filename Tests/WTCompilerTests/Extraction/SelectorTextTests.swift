import Testing

@testable import WTCompiler

@Suite("Selector text")
struct SelectorTextTests {
    @Test(
        "Build-tool class names look generated; ordinary ones do not",
        arguments: [
            ("css-1x2y3z", true), ("sc-bdVaJa", true), ("Card_title__3xYz1", true), ("makeStyles-root-12", true),
            ("quote", false), ("col-md-6", false), ("in-stock", false), ("h1", false), ("product-link", false),
        ])
    func generated(name: String, generated: Bool) {
        #expect(SelectorText.looksGenerated(name) == generated)
    }

    @Test("Class names match field names across case, separators, plurals and is/has prefixes")
    func namesMatch() {
        #expect(SelectorText.namesMatch("in-stock", field: "in_stock"))
        #expect(SelectorText.namesMatch("review", field: "reviews"))
        #expect(SelectorText.namesMatch("featured", field: "is_featured"))
        #expect(!SelectorText.namesMatch("price", field: "reviews"))
    }

    @Test("Names that are not plain identifiers are written without CSS escapes")
    func spelling() {
        #expect(SelectorText.classSelector("quote") == ".quote")
        #expect(SelectorText.classSelector("w-1/2") == "[class~=\"w-1/2\"]")
        #expect(SelectorText.idSelector("2nd") == "[id=\"2nd\"]")
        #expect(SelectorText.attributeSelector("itemprop", "name") == "[itemprop=name]")
        #expect(SelectorText.attributeSelector("data-testid", "a \"b\"") == "[data-testid=\"a \\\"b\\\"\"]")
    }
}
