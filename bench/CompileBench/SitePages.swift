/// A page of the generated shop as the server sends it.
struct SitePage {
    var url: String
    var title: String
    var html: String
}

/// The shop's pages: an advanced search form, result listings (60 product cards a page, sponsored cards
/// between them, facets, a pager, a "top picks" box) and product pages (gallery, specs, reviews, related
/// products). Each is about 200 KB, like a real shop's rendered DOM.
enum SitePages {
    static let base = "http://127.0.0.1:8000"
    static let cardsPerPage = 60

    static func card(_ p: Product, slot: Int) -> String {
        let was = p.was.map { "<s class=\"was\">\(Catalog.money($0))</s><span class=\"badge sale\">Sale</span>" } ?? ""
        let features = p.features.map { "<li>\($0)</li>" }.joined()
        return """
            <article class="card product-card css-k3j2h1" data-sku="\(p.sku)" data-position="\(slot)">
            <a class="card-link" href="\(p.path)" tabindex="-1"><div class="thumb"><img src="/img/\(p.id)-400.jpg" \
            srcset="/img/\(p.id)-400.jpg 400w, /img/\(p.id)-800.jpg 800w" sizes="(max-width: 600px) 50vw, 25vw" \
            alt="\(PageChrome.escape(p.name))" loading="lazy" width="400" height="400"></div></a>
            <div class="card-body"><h3 class="title"><a href="\(p.path)">\(PageChrome.escape(p.name))</a></h3>
            <div class="brand">\(PageChrome.escape(p.brand))</div>
            <div class="stars" aria-label="\(p.rating) out of 5">\(PageChrome.icon)\(PageChrome.icon)\(PageChrome.icon)\
            <span class="reviews-count">(\(p.reviewCount))</span></div>
            <div class="price-box"><span class="price">\(Catalog.money(p.price))</span>\(was)</div>
            <ul class="features">\(features)</ul><p class="excerpt">\(p.excerpt)</p>\(swatches(p))
            <p class="delivery">Free delivery in 3–5 working days. <a href="/help/delivery">Details</a></p>
            <div class="actions"><button class="btn add-to-cart css-9d8f7g" data-sku="\(p.sku)">Add to basket</button>\
            <button class="btn wish css-9d8f7g" aria-label="Save \(PageChrome.escape(p.name))">\(PageChrome.icon)\
            </button></div></div>
            <script type="application/json" class="card-data">{"sku":"\(p.sku)","list":"grid","slot":\(slot)}</script>
            </article>
            """
    }

    static func swatches(_ p: Product) -> String {
        let colours = ["a1866f", "2f4f4f", "d8c3a5", "8e8d8a", "e98074", "e85a4f", "46344e", "5a5560"]
        let items = colours.enumerated().map { k, c in
            "<li><button class=\"swatch css-2b3n4m\" style=\"background:#\(c)\" aria-label=\"Colour \(k + 1)\" "
                + "data-variant=\"\(p.sku)-\(k)\"></button></li>"
        }
        return "<ul class=\"swatches\" aria-label=\"Colours\">" + items.joined() + "</ul>"
    }

    static func sponsored(_ slot: Int) -> String {
        """
        <div class="card sponsored css-a8s7d6" data-ad-slot="grid-\(slot)"><span class="ad-label">Sponsored</span>\
        <a href="https://ads.example.net/click?slot=\(slot)&amp;c=8841" rel="nofollow sponsored">\
        <img src="https://ads.example.net/\(slot).png" alt="Spring sale"></a><p>Up to 40% off garden furniture</p></div>
        """
    }

    static func grid(_ products: [Product]) -> String {
        var out = "<div class=\"grid css-5g6h7j\">"
        for (slot, p) in products.enumerated() {
            if slot % 12 == 7 { out += sponsored(slot) }
            out += card(p, slot: slot)
        }
        return out + "</div>"
    }

    /// The advanced search form above trending products; the page every search starts from.
    static func search(trending: [Product]) -> SitePage {
        func field(_ id: String, _ name: String, _ label: String, _ type: String) -> String {
            "<div class=\"field\"><label for=\"\(id)\">\(label)</label><input id=\"\(id)\" name=\"\(name)\" "
                + "type=\"\(type)\" autocomplete=\"off\"></div>"
        }
        let form = """
            <section class="advanced-search"><h1>Search the shop</h1>
            <form id="search-form" action="/search" method="get">\
            \(field("q", "q", "Keywords", "search"))\(field("brand", "brand", "Brand", "text"))\
            \(field("min-price", "min_price", "Lowest price", "number"))\
            \(field("max-price", "max_price", "Highest price", "number"))\(field("zip", "zip", "Deliver to (ZIP)", "text"))\
            <button type="submit" class="btn btn-primary">Search</button></form></section>
            <section class="trending"><h2>Trending now</h2>\(grid(trending))</section>
            """
        let html = PageChrome.page(title: "Search", crumbs: ["Home", "Search"], bodyClass: "page-search", main: form)
        return SitePage(url: base + "/search", title: "Search — Hearth & Home", html: html)
    }

    /// Page `page` (1-based) of `pages` of the results for `query`, with the top picks box.
    static func results(query: Query, page: Int, of pages: Int, products: [Product], picks: [Product]) -> SitePage {
        let url = query.url(page: page)
        let facets = Catalog.brands.map { b in
            "<li><label><input type=\"checkbox\" name=\"brand\" value=\"\(PageChrome.escape(b))\"> "
                + "\(PageChrome.escape(b)) <span class=\"n\">(\(b.count * 7))</span></label></li>"
        }.joined()
        let numbers = (1...pages).map { k in
            k == page
                ? "<span class=\"page current\" aria-current=\"page\">\(k)</span>"
                : "<a class=\"page\" href=\"\(PageChrome.escape(query.path(page: k)))\">\(k)</a>"
        }.joined()
        let nextPath = PageChrome.escape(query.path(page: page + 1))
        let next =
            page < pages
            ? "<a class=\"next\" rel=\"next\" href=\"\(nextPath)\" aria-label=\"Next page\">Next</a>"
            : "<span class=\"next disabled\" aria-disabled=\"true\">Next</span>"
        let pickList = picks.map {
            "<li><a class=\"pick-link\" href=\"\($0.path)\">\(PageChrome.escape($0.name))</a></li>"
        }.joined()
        let main = """
            <div class="layout"><aside class="facets"><h2>Filter</h2><ul class="facet">\(facets)</ul></aside>
            <section class="results"><h1>Results for “\(query.q)”</h1><p class="summary">\(pages * cardsPerPage) \
            products, page \(page) of \(pages)</p>\(grid(products))
            <nav class="pagination" aria-label="Pagination">\(numbers)\(next)</nav></section>
            <aside class="top-picks"><h2>Top picks for “\(query.q)”</h2><ul>\(pickList)</ul></aside></div>
            """
        let title = "Results for \(query.q) (page \(page))"
        let html = PageChrome.page(title: title, crumbs: ["Home", "Search"], bodyClass: "page-results", main: main)
        return SitePage(url: url, title: title + " — Hearth & Home", html: html)
    }
}

/// One search as the form submits it.
struct Query {
    var q: String
    var brand: String
    var minPrice: String
    var maxPrice: String
    var zip: String

    func path(page: Int) -> String {
        let brandValue = brand.replacingOccurrences(of: " ", with: "+").replacingOccurrences(of: "&", with: "%26")
        let query = "q=\(q)&brand=\(brandValue)&min_price=\(minPrice)&max_price=\(maxPrice)&zip=\(zip)"
        return "/search?" + query + (page > 1 ? "&page=\(page)" : "")
    }

    func url(page: Int) -> String { SitePages.base + path(page: page) }
}
