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
        return try LoopbackServer(root: site, routes: [rewrite] + SampleSites.routes(name, site: site))
    }

    /// The samples that have a v2.
    public static var names: [String] { changes.keys.sorted() }

    static let changes: [String: SiteChange] = ["quotes": .quotesV2]
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

    /// The page for `request`, rewritten; nil (so the static file or 404 answers) for anything but HTML.
    func page(_ request: LoopbackRequest, site: URL) -> LoopbackResponse {
        let segments = request.path.split(separator: "/").map(String.init)
        guard !segments.contains(where: { $0 == ".." || $0 == "." }) else { return .notFound }
        var file = site
        for segment in segments { file.appendPathComponent(segment) }
        if request.path.hasSuffix("/") { file.appendPathComponent("index.html") }
        guard file.pathExtension == "html", var html = try? String(contentsOf: file, encoding: .utf8) else {
            return .notFound
        }
        for (old, new) in replacements { html = html.replacingOccurrences(of: old, with: new) }
        let accepted = request.header("Cookie")?.contains("consent=yes") == true
        if let hidden = consentHides, !accepted {
            html = html.replacingOccurrences(of: "<body>", with: "<body>" + Self.consent(hiding: hidden))
        }
        return .html(html)
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
