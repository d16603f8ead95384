/// What every page of the generated shop carries around its content, as real shops do: a head full of
/// meta tags, inline styles and tracking scripts, a mega-menu, a header search box, breadcrumbs, a large
/// footer, a cookie banner. Noise to the compiler, and most of the bytes besides the product cards.
enum PageChrome {
    static func page(title: String, crumbs: [String], bodyClass: String, main: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(escape(title)) — Hearth &amp; Home</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="description" content="\(escape(title)) at Hearth &amp; Home: furniture and homeware.">
        <meta property="og:title" content="\(escape(title))"><link rel="stylesheet" href="/static/app.3f9c2a.css">
        <link rel="preload" href="/static/fonts/inter.woff2" as="font" crossorigin>
        <style>\(style)</style>
        <script>\(tracking)</script>
        </head><body class="\(bodyClass)">
        <a class="skip-link" href="#main">Skip to content</a>
        \(header)
        <nav class="breadcrumbs" aria-label="Breadcrumb"><ol>\(crumbs.enumerated().map { i, c in
            "<li><a href=\"/\(i == 0 ? "" : c.lowercased())/\">\(escape(c))</a></li>"
        }.joined())</ol></nav>
        <main id="main">\(main)</main>
        \(footer)
        <div class="cookie-banner css-19fk2x" role="dialog" aria-label="Cookies" hidden><p>We use cookies \
        to remember your basket.</p><button class="btn css-1m3k9q" data-consent="all">Accept all</button>\
        <button class="btn btn-link css-1m3k9q" data-consent="none">Only necessary</button></div>
        <script src="/static/app.3f9c2a.js" defer></script>
        </body></html>
        """
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }

    static let icon =
        "<svg class=\"icon\" viewBox=\"0 0 24 24\" aria-hidden=\"true\"><path d=\"M12 2l3.1 6.3 6.9 1-5 4.9 1.2 6.8"
        + "L12 17.8 5.8 21l1.2-6.8-5-4.9 6.9-1z\"/></svg>"

    private static let style =
        (0..<40).map { "  .css-\($0)k\($0 * 7)q{display:flex;gap:\($0)px;margin:0 auto;color:#2\($0 % 10)2}" }
        .joined(separator: "\n")

    private static let tracking =
        "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());"
        + (0..<30).map { "gtag('event','impression_\($0)',{item_list:'grid',slot:\($0),experiment:'b7f1e9'});" }
        .joined()

    private static let header: String = {
        let departments = [
            "Living", "Bedroom", "Kitchen", "Dining", "Outdoor", "Lighting", "Decor", "Textiles",
            "Storage", "Office", "Kids", "Sale",
        ]
        let menus = departments.map { dept in
            let links = Catalog.queries.prefix(12).map { q in
                "<li><a class=\"menu-link\" href=\"/\(dept.lowercased())/\(q)/\" data-track=\"nav_\(q)\">"
                    + "\(q.capitalized)s</a></li>"
            }.joined()
            return "<li class=\"menu-item has-children\"><button class=\"menu-toggle\" aria-expanded=\"false\">"
                + "\(dept)</button><ul class=\"submenu css-7k49q\">\(links)</ul></li>"
        }.joined()
        return """
            <header class="site-header css-1q2w3e"><div class="container"><a class="logo" href="/" \
            aria-label="Hearth &amp; Home home">\(icon)<span>Hearth &amp; Home</span></a>
            <form class="header-search" action="/search" role="search"><input id="header-q" name="q" \
            type="search" aria-label="Search the shop"><button type="submit" class="icon-button">Search</button>\
            </form><a class="basket" href="/basket" aria-label="Basket, 0 items">\(icon)<span class="count">0</span></a>
            </div><nav class="mega-menu" aria-label="Departments"><ul class="menu">\(menus)</ul></nav></header>
            """
    }()

    private static let footer: String = {
        let columns = ["Shop", "Help", "About", "Stores", "Trade"].map { title in
            let links = (1...12).map { "<li><a href=\"/\(title.lowercased())/\($0)/\">\(title) page \($0)</a></li>" }
            return "<div class=\"footer-col\"><h4>\(title)</h4><ul>\(links.joined())</ul></div>"
        }.joined()
        return """
            <footer class="site-footer css-3h1k2l"><div class="footer-cols">\(columns)</div>
            <form class="newsletter" action="/newsletter" method="post"><label for="nl-email">Get 10% off your \
            first order</label><input id="nl-email" name="email" type="email" placeholder="you@example.com">\
            <button type="submit">Subscribe</button></form>
            <p class="legal">© 2025 Hearth &amp; Home Ltd. Prices include VAT. <!-- build 8f3e1c2 --></p></footer>
            """
    }()
}
