import WTRuntime
import WTTestSupport

/// Small fake sites shared by several test files.
enum Sites {
    static let base = "http://fake.test"

    static func quote(_ text: String, by author: String, tags: [String]) -> FakeElement {
        FakeElement(children: [
            ".text": [FakeElement(text)], "small.author": [FakeElement(author)],
            "a.tag": tags.map { FakeElement($0) },
        ])
    }

    /// Three pages of quotes (2, 2 and 1), linked by "li.next > a".
    static var quotes: [FakePage] {
        [
            FakePage(
                "\(base)/tag/love/", title: "Quotes to Scrape",
                elements: [
                    ".quote": [quote("A", by: "Ann", tags: ["love"]), quote("B", by: "Bob", tags: ["love", "life"])],
                    "li.next > a": [.link("Next", href: "/tag/love/page/2/")],
                ]),
            FakePage(
                "\(base)/tag/love/page/2/", title: "Quotes to Scrape",
                elements: [
                    ".quote": [quote("C", by: "Cy", tags: []), quote("D", by: "Di", tags: ["x"])],
                    "li.next > a": [.link("Next", href: "/tag/love/page/3/")],
                ]),
            FakePage(
                "\(base)/tag/love/page/3/", title: "Quotes to Scrape",
                elements: [".quote": [quote("E", by: "Ed", tags: [])]]),
        ]
    }

    /// A product list linking to `count` detail pages.
    static func products(_ count: Int) -> [FakePage] {
        let links = (1...count).map { FakeElement.link("P\($0)", href: "/p/\($0)") }
        let list = FakePage("\(base)/products/", title: "Products", elements: ["a.product": links])
        let details = (1...count).map { i in
            FakePage(
                "\(base)/p/\(i)", title: "P\(i)",
                elements: [
                    "article.product": [
                        FakeElement(children: [
                            "h1": [FakeElement("Product \(i)")], ".price": [FakeElement("£\(i).50")],
                        ])
                    ]
                ])
        }
        return [list] + details
    }
}
