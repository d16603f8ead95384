import Foundation

/// The sites of the samples that need a browser: static files from `samples/<name>/site/` plus the routes
/// here. Pages are templates in the site folder with `{{key}}` placeholders, and their data are JSON files
/// beside them, so what a page shows can be read off the folder.
///
/// - feed: `/feed`, and `/api/posts?offset=N&limit=K` answering after a pause like a real API.
/// - challenge: `/challenge` (the review queue), `/challenge/reports/<slug>` (a report, shown in an
///   iframe), `…/download` (its CSV as an attachment), POST `…/publish` (answers after a pause).
/// - quote-form: `/quote/step-1`, `/quote/step-2`, POST `/quote` (a weekend start date is refused).
/// - search: `/search?q=&sort=&page=` (server-rendered results, four a page), `/catalogue/<slug>`.
enum BrowserSites {
    static func routes(_ name: String, site: URL) -> [LoopbackRoute] {
        let files = Files(root: site)
        switch name {
        case "feed": return Feed(files: files).routes
        case "challenge": return Challenge(files: files).routes
        case "quote-form": return Quote(files: files).routes
        case "search": return Search(files: files).routes
        default: return []
        }
    }
}

extension BrowserSites {
    /// The templates and data of one site.
    struct Files: Sendable {
        let root: URL

        func json<T: Decodable>(_ type: T.Type, _ path: String) -> T? {
            guard let data = try? Data(contentsOf: root.appendingPathComponent(path)) else { return nil }
            return try? JSONDecoder().decode(type, from: data)
        }

        /// The template at `path` with each `{{key}}` replaced by its value (HTML, already escaped) in one pass,
        /// so a value is never searched for placeholders; unknown keys become empty.
        func page(_ path: String, _ values: [String: String] = [:]) -> LoopbackResponse {
            let template = (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)) ?? ""
            var html = ""
            var rest = template[...]
            while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
                html += rest[..<open.lowerBound]
                html += values[String(rest[open.upperBound..<close.lowerBound])] ?? ""
                rest = rest[close.upperBound...]
            }
            return .html(html + rest)
        }
    }

    enum HTML {
        /// Text made safe inside an element or a double-quoted attribute.
        static func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }

        /// `1234567` pence → `£12,345.67`.
        static func pounds(_ pence: Int) -> String {
            var whole = String(pence / 100)
            var index = whole.endIndex
            while whole.distance(from: whole.startIndex, to: index) > 3 {
                index = whole.index(index, offsetBy: -3)
                whole.insert(",", at: index)
            }
            let cents = pence % 100
            return "£\(whole).\(cents < 10 ? "0" : "")\(cents)"
        }
    }
}

extension BrowserSites {
    /// The feed: 43 posts in `data/posts.json`, newest first, served in batches by `/api/posts`.
    struct Feed: Sendable {
        struct Post: Codable { var id: Int, title: String, author: String, date: String, likes: Int }
        /// How long `/api/posts` takes to answer, so the first posts appear a moment after the page.
        static let apiDelay: Duration = .milliseconds(250)
        let files: Files

        var routes: [LoopbackRoute] {
            [
                LoopbackRoute("GET", "/feed") { _ in files.page("feed.html") },
                LoopbackRoute("GET", "/api/posts") { request in posts(request) },
            ]
        }

        func posts(_ request: LoopbackRequest) -> LoopbackResponse {
            let all = files.json([Post].self, "data/posts.json") ?? []
            let offset = min(max(0, request.queryInt("offset", default: 0)), all.count)
            let end = min(all.count, offset + min(max(1, request.queryInt("limit", default: 10)), 50))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let posts = (try? encoder.encode(Array(all[offset..<end]))).map { String(decoding: $0, as: UTF8.self) }
            // `next` is the offset of the next batch, null after the last.
            let next = end < all.count ? String(end) : "null"
            var response = LoopbackResponse.json(Data("{\"posts\":\(posts ?? "[]"),\"next\":\(next)}".utf8))
            response.delay = Self.apiDelay
            return response
        }
    }
}

extension BrowserSites {
    /// The review queue: reports in `challenge/reports.json`, one of them marked as waiting for review.
    struct Challenge: Sendable {
        struct Report: Decodable {
            var slug: String, title: String, status: String, heading: String, summary: String
            var readings: [[String]]
            var queued: Bool?
        }

        /// How long publishing takes, so the page shows its spinner for a while.
        static let publishDelay: Duration = .milliseconds(500)
        let files: Files

        var routes: [LoopbackRoute] {
            [
                LoopbackRoute("GET", "/challenge") { _ in queue() },
                LoopbackRoute(nil, "/challenge/reports/*") { request in report(request) },
            ]
        }

        var reports: [Report] { files.json([Report].self, "challenge/reports.json") ?? [] }

        func queue() -> LoopbackResponse {
            let items = reports.map { report in
                let title = HTML.escape(report.title)
                return "    <li><button type=\"button\" data-slug=\"\(HTML.escape(report.slug))\""
                    + " data-status=\"\(HTML.escape(report.status))\">"
                    + (report.queued == true ? "<em>\(title)</em>" : title) + "</button></li>"
            }
            return files.page("challenge.html", ["reports": items.joined(separator: "\n")])
        }

        /// `/challenge/reports/<slug>`, `…/<slug>/download`, and POST `…/<slug>/publish`.
        func report(_ request: LoopbackRequest) -> LoopbackResponse {
            let parts = request.path.dropFirst("/challenge/reports/".count).split(separator: "/").map(String.init)
            guard let slug = parts.first, let report = reports.first(where: { $0.slug == slug }) else {
                return .notFound
            }
            switch (request.method, parts.count > 1 ? parts[1] : "") {
            case ("GET", ""):
                let rows = report.readings.map {
                    "    <tr>" + $0.map { "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>"
                }
                return files.page(
                    "challenge/report.html",
                    [
                        "heading": HTML.escape(report.heading), "summary": HTML.escape(report.summary),
                        "readings": rows.joined(separator: "\n"),
                    ])
            case ("GET", "download"):
                let lines = [["report", "reading", "value"]] + report.readings.map { [report.slug] + $0 }
                let csv = lines.map { $0.map(Self.csvField).joined(separator: ",") + "\n" }.joined()
                return LoopbackResponse(
                    headers: [
                        ("Content-Type", "text/csv; charset=utf-8"),
                        ("Content-Disposition", "attachment; filename=\"report.csv\""),
                    ], body: .data(Data(csv.utf8)))
            case ("POST", "publish"):
                var response = LoopbackResponse.json(Data("{\"status\":\"published\"}".utf8))
                response.delay = Self.publishDelay
                return response
            default:
                return .notFound
            }
        }

        static func csvField(_ field: String) -> String {
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
    }
}

extension BrowserSites {
    /// A two-step quote: step 1 asks who and where (GET to step 2, so the state travels in the URL), step 2
    /// asks for the cover and posts everything to `/quote`, which refuses a weekend start date by showing
    /// step 2 again with a `.field-error`, or shows the quote and keeps it in a cookie that step 1 shows to a
    /// returning visitor.
    struct Quote: Sendable {
        static let countries = ["FR", "DE", "IE", "GB", "US"]
        /// Yearly price of each plan in pence, in the United Kingdom.
        static let plans = ["basic": 9600, "standard": 14400, "premium": 22800]
        /// Each country's price as a percentage of the United Kingdom's.
        static let countryPercent = ["GB": 100, "IE": 105, "FR": 110, "DE": 108, "US": 125]
        /// A loading in pence for the cities with dearer rebuilding costs.
        static let cityLoading = ["London": 2745, "Manchester": 1200, "Londonderry": 550]
        let files: Files

        var routes: [LoopbackRoute] {
            [
                LoopbackRoute("GET", "/quote/step-1") { request in stepOne(request) },
                LoopbackRoute("GET", "/quote/step-2") { request in
                    stepTwo(Dictionary(request.query, uniquingKeysWith: { first, _ in first }), firstVisit: true)
                },
                LoopbackRoute("POST", "/quote") { request in submit(FormBody.parse(request.body)) },
            ]
        }

        func stepOne(_ request: LoopbackRequest) -> LoopbackResponse {
            var existing = ""
            let kept = Cookies.parse(request.header("Cookie"))["quote"]?.split(separator: "~")
            if let kept, kept.count == 2, let pence = Int(kept[1]) {
                existing = """
                    <aside id="existing-quote">
                      <p>Welcome back. Your last quote was <span class="ref">\(HTML.escape(String(kept[0])))</span>
                         at <span class="premium">\(HTML.pounds(pence))</span> a year.</p>
                      <p>For a new quote, fill in the form again.</p>
                    </aside>
                    """
            }
            return files.page("quote/step-1.html", ["existing": existing])
        }

        func stepTwo(_ fields: [String: String], firstVisit: Bool, error: String? = nil) -> LoopbackResponse {
            let plan = fields["plan"] ?? "standard"
            var values = ["name", "country", "start", "city"].reduce(into: [String: String]()) {
                $0[$1] = HTML.escape(fields[$1] ?? "")
            }
            for name in Self.plans.keys { values["plan-\(name)"] = plan == name ? "checked" : "" }
            values["newsletter"] = firstVisit || fields["newsletter"] == "yes" ? "checked" : ""
            values["error"] = error.map { "<span class=\"field-error\" role=\"alert\">\($0)</span>" } ?? ""
            // 200 even with an error, as most sites answer: a run treats a 4xx page as a failed step.
            return files.page("quote/step-2.html", values)
        }

        func submit(_ fields: [String: String]) -> LoopbackResponse {
            guard let country = fields["country"], Self.countries.contains(country), let name = fields["name"],
                !name.isEmpty
            else { return .redirect(to: "/quote/step-1", status: 303) }
            guard let start = fields["start"], let weekday = Self.weekday(start) else {
                return stepTwo(fields, firstVisit: false, error: "Choose the day your cover starts.")
            }
            guard weekday != 1 && weekday != 7 else {
                return stepTwo(fields, firstVisit: false, error: "Cover can’t start on a weekend: choose a weekday.")
            }
            let plan = Self.plans[fields["plan"] ?? ""] != nil ? fields["plan"] ?? "" : "standard"
            var pence = (Self.plans[plan] ?? 0) * (Self.countryPercent[country] ?? 100) / 100
            pence += Self.cityLoading[fields["city"] ?? ""] ?? 0
            if fields["newsletter"] == "yes" { pence = (pence * 95 + 50) / 100 }
            let letters = name.split(separator: " ").prefix(3).compactMap { word in
                word.first.flatMap { $0.isASCII && $0.isLetter ? $0.uppercased() : nil }
            }
            let initials = letters.isEmpty ? "X" : letters.joined()
            let reference =
                "Q-\(country)-\(start.replacingOccurrences(of: "-", with: ""))-"
                + "\(plan.prefix(3).uppercased())-\(initials)"
            var response = files.page(
                "quote/result.html",
                ["reference": HTML.escape(reference), "premium": HTML.pounds(pence), "start": HTML.escape(start)])
            response.headers.append(("Set-Cookie", "quote=\(reference)~\(pence); Path=/quote; SameSite=Lax"))
            return response
        }

        /// 1 (Sunday) … 7 (Saturday) for a `yyyy-mm-dd` date, or nil.
        static func weekday(_ text: String) -> Int? {
            let parts = text.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3, text.count == 10 else { return nil }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
            let wanted = DateComponents(year: parts[0], month: parts[1], day: parts[2])
            guard let date = calendar.date(from: wanted),
                calendar.dateComponents([.year, .month, .day], from: date) == wanted
            else { return nil }
            return calendar.component(.weekday, from: date)
        }
    }
}

extension BrowserSites {
    /// A shop search over `catalogue.json`: a product matches when the query is in its name or kind; results
    /// come four a page, linked by `rel=next` and `rel=prev`.
    struct Search: Sendable {
        struct Product: Decodable { var slug: String, name: String, kind: String, price: Double }

        static let pageSize = 4
        static let sorts = [
            ("relevance", "Relevance"), ("price-asc", "Price: low to high"), ("price-desc", "Price: high to low"),
            ("name", "Name"),
        ]
        let files: Files

        var routes: [LoopbackRoute] {
            [
                LoopbackRoute("GET", "/search") { request in search(request) },
                LoopbackRoute("GET", "/catalogue/*") { request in product(request) },
            ]
        }

        var catalogue: [Product] { files.json([Product].self, "catalogue.json") ?? [] }

        func search(_ request: LoopbackRequest) -> LoopbackResponse {
            let q = (request.queryValue("q") ?? "").trimmingCharacters(in: .whitespaces)
            let asked = request.queryValue("sort") ?? ""
            let sort = Self.sorts.contains { $0.0 == asked } ? asked : "relevance"
            let options = Self.sorts.map { value, label in
                "    <option value=\"\(value)\"\(value == sort ? " selected" : "")>\(label)</option>"
            }
            var values = ["q": HTML.escape(q), "sort-options": options.joined(separator: "\n"), "title": "Search"]
            if !q.isEmpty {
                values["title"] = "“\(HTML.escape(q))”"
                values["results"] = results(for: q, sort: sort, page: request.queryInt("page", default: 1))
            }
            return files.page("search.html", values)
        }

        func results(for q: String, sort: String, page asked: Int) -> String {
            let hits = sorted(
                catalogue.filter { "\($0.name) \($0.kind)".lowercased().contains(q.lowercased()) }, by: sort)
            let pages = max(1, (hits.count + Self.pageSize - 1) / Self.pageSize)
            let page = min(max(1, asked), pages)
            let shown = hits.dropFirst((page - 1) * Self.pageSize).prefix(Self.pageSize)
            let query = "q=\(Self.encode(q))&amp;sort=\(sort)&amp;page="
            var html = ["<div class=\"results\">"]
            html.append(
                "  <p class=\"count\">\(hits.count) results for “\(HTML.escape(q))”, page \(page) of \(pages)</p>")
            for hit in shown {
                html.append(
                    "  <div class=\"hit\"><h3><a href=\"catalogue/\(hit.slug)\">\(HTML.escape(hit.name))</a></h3>"
                        + "<p class=\"price\">\(HTML.pounds(Int((hit.price * 100).rounded())))</p></div>")
            }
            var pager: [String] = []
            if page > 1 { pager.append("<a rel=\"prev\" href=\"/search?\(query)\(page - 1)\">Previous</a>") }
            if page < pages { pager.append("<a rel=\"next\" href=\"/search?\(query)\(page + 1)\">Next</a>") }
            html.append("  <nav class=\"pager\">\(pager.joined(separator: " "))</nav>")
            return (html + ["</div>"]).joined(separator: "\n")
        }

        func sorted(_ products: [Product], by sort: String) -> [Product] {
            switch sort {
            case "price-asc": products.sorted { ($0.price, $0.name) < ($1.price, $1.name) }
            case "price-desc": products.sorted { ($1.price, $0.name) < ($0.price, $1.name) }
            case "name": products.sorted { $0.name < $1.name }
            default: products
            }
        }

        func product(_ request: LoopbackRequest) -> LoopbackResponse {
            let slug = request.path.dropFirst("/catalogue/".count)
            guard let product = catalogue.first(where: { $0.slug == slug }) else { return .notFound }
            let price = HTML.pounds(Int((product.price * 100).rounded()))
            return files.page("product.html", ["name": HTML.escape(product.name), "price": price])
        }

        /// Percent-encoding for a query value: everything but ASCII letters, digits and `-._~`.
        static func encode(_ text: String) -> String {
            let unreserved = CharacterSet(
                charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
            return text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
        }
    }
}
