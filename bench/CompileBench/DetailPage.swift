/// A product page: gallery, facts, a specification table, a delivery form, reviews and related products.
enum DetailPage {
    static let relatedCount = 48

    static func page(_ p: Product) -> SitePage {
        var r = SplitMix(seed: UInt64(p.id) &* 31 &+ 5)
        let gallery = (1...6).map {
            "<img class=\"gallery-image\" src=\"/img/\(p.id)-\($0)-1200.jpg\" alt=\"\(PageChrome.escape(p.name)) view \($0)\">"
        }.joined()
        let specs = (1...16).map { "<tr><th scope=\"row\">Spec \($0)</th><td>\(r.words(4))</td></tr>" }.joined()
        let description = (0..<3).map { _ in r.words(60) }.joined(separator: " ")
        let info = """
            <div class="product" itemscope itemtype="https://schema.org/Product">
            <div class="gallery css-8u7y6t">\(gallery)</div>
            <div class="info"><h1 class="product-title" itemprop="name">\(PageChrome.escape(p.name))</h1>
            <a class="brand-link" href="/brand/\(p.brand.prefix(4).lowercased())/">\(PageChrome.escape(p.brand))</a>
            <div class="rating">\(PageChrome.icon)<span class="rating-value">\(p.rating)</span> \
            <a href="#reviews">\(p.reviewCount) reviews</a></div>
            <div class="price-box"><span class="price" itemprop="price">\(Catalog.money(p.price))</span></div>
            <div class="sku">SKU <span class="sku-value">\(p.sku)</span></div>
            <div class="description" itemprop="description">\(description)</div>
            <form class="delivery" action="/delivery" method="get"><label for="d-zip">Check delivery</label>\
            <input id="d-zip" name="zip" type="text"><button type="submit">Check</button></form>
            <form class="buy" action="/basket" method="post"><input type="hidden" name="sku" value="\(p.sku)">\
            <label for="qty">Quantity</label><input id="qty" name="qty" type="number" value="1" min="1">\
            <button type="submit" class="btn btn-primary">Add to basket</button></form></div>
            <table class="specs"><caption>Specifications</caption><tbody>\(specs)</tbody></table></div>
            """
        let reviews = (0..<(8 + p.id % 17)).map { review(&r, $0) }.joined()
        let related = (1...relatedCount).map { Catalog.products[(p.id * 13 + $0 * 7) % Catalog.size] }
        let main =
            info + "<section id=\"reviews\" class=\"reviews\"><h2>Reviews</h2>\(reviews)</section>"
            + "<section class=\"related\"><h2>Customers also viewed</h2>\(SitePages.grid(related))</section>"
        let html = PageChrome.page(title: p.name, crumbs: ["Home", "Products"], bodyClass: "page-product", main: main)
        return SitePage(url: SitePages.base + p.path, title: p.name + " — Hearth & Home", html: html)
    }

    private static func review(_ r: inout SplitMix, _ k: Int) -> String {
        let names = ["Marta I.", "Tomas R.", "Ines O.", "Jun T.", "Amara K.", "Lars P.", "Noor H.", "Eli S."]
        let stars = r.int(1..<6)
        return """
            <article class="review" data-review-id="r\(k)-\(r.int(1000..<9999))"><header>\
            <span class="review-author">\(r.pick(names))</span> <span class="review-stars">Rated \(stars) out of 5\
            </span> <time datetime="2025-0\(1 + k % 9)-1\(k % 10)">\(1 + k % 9)/1\(k % 10)/2025</time></header>
            <h4 class="review-title">\(r.words(4))</h4><p class="review-text">\(r.words(45))</p>
            <footer><button class="helpful" data-vote="up">Helpful (\(r.int(0..<40)))</button>\
            <button class="report">Report</button></footer></article>
            """
    }
}
