import WTExtract
import WTTrace

/// The recorded run: for each of `sections` searches, 50 steps over 5 new snapshots —
///
///     open the search page; fill keywords, brand, lowest and highest price, ZIP; click Search
///     extract items += each card; click Next; extract items += each card       (pagination, 2 pages)
///     extract links = the 13 "top picks"; for each: open it, extract products += one,
///                                                    extract reviews += each    (list → detail)
///
/// Detail pages come from a pool of 3 × sections − 1 products, so searches share some (the same HTML, so
/// the same snapshot file), and the search page is one snapshot for all: 5 snapshots per 50 steps.
enum ShopTrace {
    static let stepsPerSection = 50
    static let picksPerSection = 13

    static let itemType = "[{ title: string, price: number, link: url }]"
    static let productType =
        "[{ title: string, brand: string, price: number, sku: string, rating: number, description: string, page: url }]"
    static let reviewType = "[{ author: string, stars: int, text: string }]"

    static func build(steps: Int) throws -> (trace: Trace, snapshots: [String: String]) {
        let sections = max(1, steps / stepsPerSection)
        let builder = TraceBuilder()
        let pool = (0..<max(picksPerSection, 3 * sections - 1)).map { Catalog.products[($0 * 37 + 11) % Catalog.size] }
        let search = SitePages.search(trending: Array(Catalog.products.suffix(SitePages.cardsPerPage)))
        var result: [String: [JSONValue]] = ["items": [], "products": [], "reviews": []]
        for s in 0..<sections {
            let picks = (0..<picksPerSection).map { pool[(s * picksPerSection + $0) % pool.count] }
            try section(s, search: search, picks: picks, builder, &result)
        }
        let trace = Trace(
            task: "For several searches, read every result card across the pages, then open each top pick and "
                + "read the product and its reviews.",
            name: "shop", startURL: search.url, recordedMode: "http",
            parameters: [
                TraceParameter(
                    name: "base_url", type: "url", value: .string(SitePages.base), defaultValue: .string(SitePages.base)
                ),
                TraceParameter(name: "zip", type: "string", value: .string("94110"), defaultValue: .string("94110")),
                TraceParameter(name: "max_pages", type: "int", value: .number(10), defaultValue: .number(10)),
            ],
            outputs: [
                TraceOutput(name: "items", type: itemType), TraceOutput(name: "products", type: productType),
                TraceOutput(name: "reviews", type: reviewType),
            ],
            steps: builder.steps, outcome: TraceOutcome(status: .success),
            result: .object(["items", "products", "reviews"].map { .init($0, .array(result[$0] ?? [])) }))
        return (trace, builder.files)
    }

    private static func section(
        _ s: Int, search: SitePage, picks: [Product], _ b: TraceBuilder, _ result: inout [String: [JSONValue]]
    ) throws {
        let query = Query(
            q: Catalog.queries[s % Catalog.queries.count], brand: Catalog.brands[s % Catalog.brands.count],
            minPrice: "20", maxPrice: String(300 + 100 * (s % 5)), zip: "94110")
        let listed = (0..<2 * SitePages.cardsPerPage).map { Catalog.products[(s * 137 + $0) % Catalog.size] }
        let pages = (1...2).map { k in
            SitePages.results(
                query: query, page: k, of: 2, products: Array(listed[(k - 1) * 60..<k * 60]), picks: picks)
        }
        try b.open(search, line: 14)
        try b.act(.fill, "#q", value: query.q, selectors: ["#q"], line: 15)
        try b.act(.fill, "#brand", value: query.brand, selectors: ["#brand"], line: 16)
        try b.act(.fill, "#min-price", value: query.minPrice, selectors: ["input[name=min_price]"], line: 17)
        try b.act(.fill, "#max-price", value: query.maxPrice, selectors: ["input[name=max_price]"], line: 18)
        try b.act(.fill, "#zip", value: query.zip, selectors: ["#zip"], line: 19)
        try b.act(.click, "#search-form button", selectors: [], to: pages[0], line: 20)
        try b.extract(into: "items", append: true, line: 23) { try items($0, &result) }
        try b.act(.click, "a.next", selectors: ["a[rel=next]"], to: pages[1], line: 31)
        try b.extract(into: "items", append: true, line: 23) { try items($0, &result) }
        try b.extract(into: "links", append: false, line: 34) { document in
            try json(document.extract(.urls, CompiledSelector(css: ".top-picks a.pick-link")))
        }
        for pick in picks {
            let page = DetailPage.page(pick)
            try b.open(page, line: 37)
            try b.extract(into: "products", append: true, line: 38) { try product($0, url: page.url, &result) }
            try b.extract(into: "reviews", append: true, line: 47) { try reviews($0, &result) }
        }
    }
}
