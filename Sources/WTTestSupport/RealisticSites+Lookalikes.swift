import Foundation

/// Elements that agree with the one the program reads in the recorded state only: an ancestor whose text
/// equals the notice, a second score showing the same number, class names a build tool generated.
extension RealisticSites {
    static var lookalikes: [RealisticSite] { [noticeByID, scoreLookalike, generatedClasses, dataAttributes] }

    /// `#notice` alone in the page's only `.row` when recorded; later the row also holds a time stamp.
    static let noticeByID = RealisticSite(
        "notice-not-its-row", mode: "http", later: "\"All systems normal\"",
        program: """
            program "status"
            mode http

            param base_url: url = "http://127.0.0.1:8000"

            output message: string

            open "{base_url}/status"
            extract message = text "#notice"

            """,
        routes: [
            .init("/status") { _, state in
                let notice =
                    state == 0
                    ? "<div class=\"row\"><p id=\"notice\">Scheduled maintenance on Sunday</p></div>"
                    : "<div class=\"row\"><p id=\"notice\">All systems normal</p><small>updated 5 min ago</small></div>"
                return RealisticPage.html(
                    "Status",
                    "<div class=\"panel\"><h1>Service status</h1></div>\n\(notice)\n"
                        + "<div class=\"panel\"><p>Next review: weekly</p></div>")
            }
        ])

    /// `#score-avg` comes first and shows the same number as `#score-last` when recorded.
    static let scoreLookalike = RealisticSite(
        "score-look-alike", mode: "http", later: "57",
        program: """
            program "score"
            mode http

            param base_url: url = "http://127.0.0.1:8000"

            output last: int

            open "{base_url}/player"
            extract last = int "#score-last"

            """,
        routes: [
            .init("/player") { _, state in
                let (average, last) = state == 0 ? (42, 42) : (49, 57)
                return RealisticPage.html(
                    "Player",
                    """
                    <h1>Player 7</h1><div class="scores">
                    <div class="stat"><span class="label">Average</span><span id="score-avg" class="value">\(average)</span></div>
                    <div class="stat"><span class="label">Last</span><span id="score-last" class="value">\(last)</span></div>
                    </div>
                    """)
            }
        ])

    /// Cards found by `data-testid`; their class names are hashes that change with every build.
    static let generatedClasses = RealisticSite(
        "generated-class-names", mode: "http", later: "\"Clock\"",
        program: """
            program "cards"
            mode http

            param base_url: url = "http://127.0.0.1:8000"

            output cards: [{ name: string, price: string }]

            open "{base_url}/store"
            extract cards = each "[data-testid='product-card']" {
              name = text "h2"
              price = text "[data-testid='price']"
            }

            """,
        routes: [.init("/store") { _, state in LookalikeData.store(state) }])

    /// Product codes held only in `data-sku` attributes.
    static let dataAttributes = RealisticSite(
        "codes-in-data-attributes", mode: "http", later: "\"SKU-507\"",
        program: """
            program "skus"
            mode http

            param base_url: url = "http://127.0.0.1:8000"

            output skus: [string]

            open "{base_url}/grid"
            extract skus = attrs "data-sku" of ".grid .tile"

            """,
        routes: [
            .init("/grid") { _, state in
                let skus = state == 0 ? ["SKU-310", "SKU-311", "SKU-318"] : ["SKU-502", "SKU-507"]
                let tiles = skus.enumerated().map { index, sku in
                    "<div class=\"tile\" data-sku=\"\(sku)\" data-position=\"\(index + 1)\"><span>Item \(index + 1)</span></div>"
                }
                let promoted = "<div class=\"promo tile-like\" data-sku=\"SKU-999\"><span>Deal</span></div>"
                return RealisticPage.html("Grid", promoted + "<div class=\"grid\">\(tiles.joined())</div>")
            }
        ])
}

/// Pages of the look-alike sites.
enum LookalikeData {
    /// A CSS-in-JS store: the same markup, class hashes from the state's build.
    static func store(_ state: Int) -> LoopbackResponse {
        let (card, price) = state == 0 ? ("sc-1kd9x2 hQzTpa", "sc-77ab1 fGhJk") : ("sc-8bq3zz pLmNqr", "sc-2cc0d uVwXy")
        let items =
            state == 0 ? [("Lamp", "£30"), ("Rug", "£80")] : [("Vase", "£15"), ("Clock", "£42"), ("Mat", "£9")]
        let cards = items.map { name, cost in
            "<div class=\"\(card)\" data-testid=\"product-card\"><h2>\(name)</h2>"
                + "<span class=\"\(price)\" data-testid=\"price\">\(cost)</span></div>"
        }
        let featured =
            "<div class=\"\(card)\" data-testid=\"featured\"><h2>Gift card</h2>"
            + "<span class=\"\(price)\" data-testid=\"price\">£25</span></div>"
        return RealisticPage.html("Store", featured + "<section>\(cards.joined(separator: "\n"))</section>")
    }
}
