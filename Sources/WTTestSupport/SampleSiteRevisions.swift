import Foundation

/// Later versions of the sample sites, as a site changes under a saved program: renamed classes, moved and
/// reworded elements, and an extra confirmation step. Served from the same files, rewritten on the way out,
/// so v1 and v2 never drift apart in content.
public enum SampleSiteRevisions {
    /// A server for revision `revision` of sample `name` (1 is the site as it is); not started.
    public static func server(_ name: String, revision: Int, samples: URL = Paths.samples) throws -> LoopbackServer {
        guard revision > 1, let change = changes[name] else { return try SampleSites.server(name, samples: samples) }
        let site = samples.appendingPathComponent(name).appendingPathComponent("site")
        let rewrite = LoopbackRoute("GET", "/*") { request in change.page(request, site: site) }
        // The sample's own routes (login's form and account) answer first, their pages rewritten too.
        let served = SampleSites.routes(name, site: site).map(change.rewriting)
        return try LoopbackServer(root: site, routes: served + [rewrite])
    }

    /// The samples that have a v2.
    public static var names: [String] { changes.keys.sorted() }

    static let changes: [String: SiteChange] = [
        "quotes": .quotesV2, "products": .productsV2, "rates": .ratesV2, "login": .loginV2, "search": .searchV2,
        "quote-form": .quoteFormV2, "feed": .feedV2, "challenge": .challengeV2,
    ]
}

/// How v2 differs from v1: text replacements on every HTML page, and a consent dialog on the first visit.
struct SiteChange: Sendable {
    var replacements: [(String, String)]
    /// A cookie dialog that hides `hidden` (a CSS selector) until the visitor accepts; remembered in a cookie.
    var consentHides: String?

    static let quotesV2 = SiteChange(
        replacements: [
            (#"class="quote""#, #"class="entry""#), (#"class="text""#, #"class="entry-text""#),
            (#"<small class="author">"#, #"<b class="writer">"#), ("</small>", "</b>"),
            (#"class="tag""#, #"class="label""#), (#"<li class="next">"#, #"<li class="older">"#),
            ("Next &rarr;", "Older quotes &rarr;"), ("<div class=\"quotes\">", "<section class=\"entries\">"),
            ("</div>\n<nav>", "</section>\n<nav>"),
        ],
        consentHides: ".entries")

    /// products v2: the list is an ordered "catalogue" behind a cookie dialog; its links, the product page's
    /// container and its price renamed.
    static let productsV2 = SiteChange(
        replacements: [
            (#"<ul class="products">"#, #"<ol class="catalogue">"#),
            ("</ul>\n<p><a class=\"ad\"", "</ol>\n<p><a class=\"ad\""),
            (#"class="product-link""#, #"class="item-link""#),
            (#"<article class="product">"#, #"<article class="item">"#),
            (#"<p class="price">"#, #"<p class="cost">"#),
        ],
        consentHides: "ol.catalogue")

    /// rates v2: the table and the date's paragraph renamed (the date reworded), behind a cookie dialog.
    static let ratesV2 = SiteChange(
        replacements: [
            (#"<table id="rates">"#, #"<table id="fx-rates" class="rates">"#),
            (#"<p id="updated">Updated <time"#, #"<p class="as-of">As of <time"#),
        ],
        consentHides: "#fx-rates")

    /// login v2: the username field and the sign-in button reworded and renamed, the account's section and
    /// name renamed, behind a cookie dialog that hides the account until accepted.
    static let loginV2 = SiteChange(
        replacements: [
            (#"<label for="username">Username</label>"#, #"<label for="user">User name</label>"#),
            (#"id="username""#, #"id="user""#), (">Sign in</button>", ">Log in</button>"),
            (#"<section class="account">"#, #"<section class="profile">"#),
            (#"<span class="name">"#, #"<span class="full-name">"#),
        ],
        consentHides: ".profile")

    /// search v2: each hit is a "card", the pager's Next link reads "More results", and a cookie dialog
    /// hides the results until accepted.
    static let searchV2 = SiteChange(
        replacements: [(#"<div class="hit">"#, #"<div class="card">"#), (">Next</a>", ">More results</a>")],
        consentHides: "div.results")

    /// quote-form v2: "Next" reads "Continue", "Get quote" reads "See my quote", the reference is a class,
    /// and a cookie dialog hides the quote until accepted.
    static let quoteFormV2 = SiteChange(
        replacements: [
            (">Next</button>", ">Continue</button>"), (">Get quote</button>", ">See my quote</button>"),
            (#"<dd id="reference">"#, #"<dd class="reference">"#),
        ],
        consentHides: "dl.quote")

    /// feed v2: each post is an "entry" and its author a "byline" (renamed where the page's script draws
    /// them), and a cookie dialog hides the feed until accepted.
    static let feedV2 = SiteChange(
        replacements: [
            ("article.className = 'post'", "article.className = 'entry'"), ("article.post", "article.entry"),
            ("author.className = 'author'", "author.className = 'byline'"),
        ],
        consentHides: "#posts")

    /// challenge v2: the status badge's label (inside its shadow root), the report's summary (inside the
    /// viewer's iframe) and the download link renamed and reworded, and a cookie dialog that hides the queue.
    static let challengeV2 = SiteChange(
        replacements: [
            (#"class="label""#, #"class="state""#), ("querySelector('.label')", "querySelector('.state')"),
            ("<style>.label {", "<style>.state {"), (#"<p class="summary">"#, #"<p class="abstract">"#),
            ("link.className = 'report'", "link.className = 'report-file'"),
            ("'Download the report (CSV)'", "'Download as CSV'"),
        ],
        consentHides: "#query")

    /// The page for `request`, rewritten; any other file (scripts' data, styles, images) as it is; 404 when
    /// there is none. (This route answers every GET, so it must serve the site's other files itself.)
    func page(_ request: LoopbackRequest, site: URL) -> LoopbackResponse {
        let segments = request.path.split(separator: "/").map(String.init)
        guard !segments.contains(where: { $0 == ".." || $0 == "." }) else { return .notFound }
        var file = site
        for segment in segments { file.appendPathComponent(segment) }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), isFolder.boolValue {
            // As the static server does, so relative links inside the index resolve against the folder.
            guard request.path.hasSuffix("/") else { return .redirect(to: request.path + "/", status: 301) }
            file.appendPathComponent("index.html")
        }
        guard let data = try? Data(contentsOf: file) else { return .notFound }
        guard file.pathExtension == "html" else {
            let type = LoopbackServer.contentType(forExtension: file.pathExtension.lowercased())
            return LoopbackResponse(status: 200, headers: [("Content-Type", type)], body: .data(data))
        }
        return .html(rewrite(String(decoding: data, as: UTF8.self), for: request))
    }

    /// `route` with the HTML pages it answers rewritten.
    func rewriting(_ route: LoopbackRoute) -> LoopbackRoute {
        LoopbackRoute(route.method, route.path) { request in
            var response = route.handler(request)
            let type = response.headers.first { $0.0.lowercased() == "content-type" }?.1 ?? ""
            if type.hasPrefix("text/html"), case .data(let data) = response.body {
                response.body = .data(Data(rewrite(String(decoding: data, as: UTF8.self), for: request).utf8))
            }
            return response
        }
    }

    /// `html` with the replacements made, and the consent dialog until `request` carries its cookie.
    func rewrite(_ page: String, for request: LoopbackRequest) -> String {
        var html = page
        for (old, new) in replacements { html = html.replacingOccurrences(of: old, with: new) }
        let accepted = request.header("Cookie")?.contains("consent=yes") == true
        if let hidden = consentHides, !accepted {
            html = html.replacingOccurrences(of: "<body>", with: "<body>" + Self.consent(hiding: hidden))
        }
        return html
    }

    private static func consent(hiding selector: String) -> String {
        """
        <div id="consent" role="dialog" aria-label="Cookies"><p>We use cookies to remember your choice.</p>\
        <button id="accept" type="button">Accept and continue</button></div>
        <style>\(selector) { display: none; }</style>
        <script>
        document.getElementById('accept').addEventListener('click', () => {
          document.cookie = 'consent=yes; path=/';
          document.getElementById('consent').remove();
          for (const s of document.querySelectorAll('style')) if (s.textContent.includes('display: none')) s.remove();
        });
        </script>
        """
    }
}
