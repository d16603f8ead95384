import Foundation

/// Links and navigation: links told apart only by where they point, a paginated listing, list → detail
/// pages, a URL built from a word read off the page, and a JSON API.
extension RealisticSites {
    static var links: [RealisticSite] {
        [linksByHref, pagination, detailPages, namedLink, interpolatedURL, parameterSearch, jsonAPI]
    }

    /// Open the product the banner names: a link chosen by a value read earlier.
    static let namedLink = RealisticSite(
        "click-the-named-link", mode: "http", later: "\"£11.50\"",
        program: """
            program "deal"
            mode http

            param base_url: url = "http://127.0.0.1:8000"

            output price: string

            open "{base_url}/shop"
            extract deal = text "#deal"
            click role link exact "{deal}"
            extract price = text ".price"

            """,
        routes: [
            .init("/shop") { _, state in LinkData.shop(state, deal: state == 0 ? "Mug" : "Ladle") },
            .init("/shop/item/*") { request, state in LinkData.item(request.path, state) },
        ])

    /// A search for the city a parameter names; the later run asks for another city.
    static let parameterSearch = RealisticSite(
        "search-for-a-parameter", mode: "http", later: "\"Porto: 15 °C\"", laterParameters: ["city": "Porto"],
        program: """
            program "weather"
            mode http

            param base_url: url = "http://127.0.0.1:8000"
            param city: string = "Lisbon"

            output report: string

            open "{base_url}/weather"
            fill "#city" with city
            click "#go"
            extract report = text "#result"

            """,
        routes: [
            .init("/weather") { _, _ in
                FormData.form(
                    "Weather", action: "/weather/report",
                    "<label for=\"city\">City</label><input id=\"city\" name=\"city\" value=\"\">"
                        + "<button id=\"go\" type=\"submit\">Show</button>")
            },
            .init("/weather/report") { request, state in
                let city = RealisticPage.formValue(request, "city")
                return FormData.result("\(city): \(city.count * 2 + state * 5) °C")
            },
        ])

    /// Every article has two "Read more" links of the same class; only their hosts differ.
    static let linksByHref = RealisticSite(
        "links-by-href", mode: "http", later: "\"https://reviews.example/r/240\"",
        program: """
            program "reviews"
            mode http

            param base_url: url = "http://127.0.0.1:8000"

            output reviews: [url]

            open "{base_url}/articles"
            extract reviews = urls "a[href*='reviews.example']"

            """,
        routes: [
            .init("/articles") { _, state in
                let ids = state == 0 ? [101, 102, 105] : [230, 231, 236, 240]
                let articles = ids.enumerated().map { index, id in
                    let first = "<a class=\"more\" href=\"https://shop.example/p/\(id)\">Read more</a>"
                    let second = "<a class=\"more\" href=\"https://reviews.example/r/\(id)\">Read more</a>"
                    return "<article class=\"post\"><h2>Post \(id)</h2><p>Summary.</p>"
                        + (index % 2 == 0 ? first + second : second + first) + "</article>"
                }
                return RealisticPage.html("Articles", articles.joined(separator: "\n"))
            }
        ])

    /// `/books?page=N` with a "next" link until the last page; the recorded state has three pages, the
    /// later one two.
    static let pagination = RealisticSite(
        "pagination-next-link", mode: "http", later: "\"Rip it Up\"",
        program: """
            program "books"
            mode http

            param base_url: url = "http://127.0.0.1:8000"

            output books: [{ title: string, price: string }]

            open "{base_url}/books"
            repeat 10 {
              extract books += each "article.book" {
                title = attr "title" of "h3 a"
                price = text ".price"
              }
              if not exists "li.next a" {
                break
              }
              click "li.next a"
            }

            """,
        routes: [
            .init("/books") { request, state in LinkData.books(page: request.queryInt("page", default: 1), state) }
        ])

    /// A list of product links, then each product page.
    static let detailPages = RealisticSite(
        "list-then-detail", mode: "http", later: "\"£23.50\"",
        program: """
            program "details"
            mode http

            param base_url: url = "http://127.0.0.1:8000"

            output items: [{ name: string, price: string, page: url }]

            open "{base_url}/shop"
            extract links = urls "a.product-link"
            for each link in links {
              open link
              extract items += one "article.product" {
                name = text "h1"
                price = text ".price"
                page = link
              }
            }

            """,
        routes: [
            .init("/shop") { _, state in LinkData.shop(state) },
            .init("/shop/item/*") { request, state in LinkData.item(request.path, state) },
        ])

    /// A search URL built from the trending term the home page shows.
    static let interpolatedURL = RealisticSite(
        "search-url-from-page", mode: "http", later: "\"rugs no. 3\"",
        program: """
            program "trending"
            mode http

            param base_url: url = "http://127.0.0.1:8000"

            output term: string
            output hits: [string]

            open "{base_url}/home"
            extract term = text "#trending strong"
            open "{base_url}/search?q={term}"
            extract hits = texts ".hit h3"

            """,
        routes: [
            .init("/home") { _, state in
                RealisticPage.html(
                    "Home", "<p id=\"trending\">Trending now: <strong>\(state == 0 ? "lamps" : "rugs")</strong></p>")
            },
            .init("/search") { request, _ in
                let term = RealisticPage.formValue(request, "q")
                let hits = (1...3).map { "<div class=\"hit\"><h3>\(RealisticPage.escape(term)) no. \($0)</h3></div>" }
                return RealisticPage.html("Search", hits.joined(separator: "\n"))
            },
        ])

    /// A JSON API read by path.
    static let jsonAPI = RealisticSite(
        "json-api", mode: "http", later: "\"hinge\"",
        program: """
            program "inventory"
            mode http

            param base_url: url = "http://127.0.0.1:8000"

            output names: [string]
            output total: int

            open "{base_url}/api/items"
            extract names = json "items[*].name"
            extract total = json "total"

            """,
        routes: [
            .init("/api/items") { _, state in
                let names = state == 0 ? ["bolt", "nut", "washer"] : ["hinge", "screw"]
                let items = names.enumerated().map { "{\"id\":\($0.offset + 1),\"name\":\"\($0.element)\"}" }
                let body = "{\"items\":[\(items.joined(separator: ","))],\"total\":\(names.count * 10)}"
                return .json(Data(body.utf8))
            }
        ])
}

/// Pages of the navigation sites.
enum LinkData {
    static let titles = [
        [
            "A Light in the Attic", "Tipping the Velvet", "Soumission", "Sharp Objects", "Sapiens", "The Requiem Red",
            "The Dirty Little Secrets", "The Coming Woman", "The Boys in the Boat",
        ],
        ["Olio", "Mesaerion", "Libertarianism for Beginners", "It's Only the Himalayas", "Set Me Free", "Rip it Up"],
    ]

    /// Three books a page; page `page` of the state's list.
    static func books(page: Int, _ state: Int) -> LoopbackResponse {
        let all = titles[state == 0 ? 0 : 1]
        let pages = (all.count + 2) / 3
        let current = min(max(1, page), pages)
        let books = all[(current - 1) * 3..<min(all.count, current * 3)].enumerated().map { index, title in
            let name = RealisticPage.escape(title)
            return
                "<article class=\"book\"><h3><a href=\"/book/\(index)\" title=\"\(name)\">\(name.prefix(12))…</a></h3>"
                + "<p class=\"price\">£\(10 + index + current * 7).99</p></article>"
        }
        let next = current < pages ? "<li class=\"next\"><a href=\"/books?page=\(current + 1)\">next</a></li>" : ""
        let previous =
            current > 1 ? "<li class=\"previous\"><a href=\"/books?page=\(current - 1)\">previous</a></li>" : ""
        return RealisticPage.html(
            "Books \(current)", books.joined(separator: "\n") + "<ul class=\"pager\">\(previous)\(next)</ul>")
    }

    static let products = [["Teapot", "Mug", "Saucer"], ["Ladle", "Whisk", "Sieve", "Tongs"]]

    /// The product list; with `deal`, a banner naming that product above it.
    static func shop(_ state: Int, deal: String? = nil) -> LoopbackResponse {
        let names = products[state == 0 ? 0 : 1]
        let banner = deal.map { "<p class=\"banner\">Deal of the day: <b id=\"deal\">\($0)</b></p>" } ?? ""
        let cards = names.enumerated().map { index, name in
            "<li class=\"card\"><a class=\"product-link\" href=\"/shop/item/\(name.lowercased())\">\(name)</a>"
                + " <a class=\"compare\" href=\"/compare/\(index)\">Compare</a></li>"
        }
        return RealisticPage.html("Shop", banner + "<ul class=\"products\">\(cards.joined(separator: "\n"))</ul>")
    }

    static func item(_ path: String, _ state: Int) -> LoopbackResponse {
        let slug = String(path.dropFirst("/shop/item/".count))
        let names = products[state == 0 ? 0 : 1]
        guard let index = names.firstIndex(where: { $0.lowercased() == slug }) else { return .notFound }
        let price = "£\(state * 5 + index * 4 + 6).50"
        return RealisticPage.html(
            names[index],
            "<article class=\"product\"><h1>\(names[index])</h1><p class=\"price\">\(price)</p>"
                + "<p class=\"blurb\">A fine \(slug).</p></article>")
    }
}
