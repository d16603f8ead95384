import Foundation

/// The chrome every realistic page shares: a header with navigation, a cookie notice, a footer with
/// links, so the value a program reads is never the only text on the page.
enum RealisticPage {
    /// A whole page with `body` in `<main>` and an optional script at the end of the body.
    static func html(_ title: String, _ body: String, script: String = "", status: Int = 200) -> LoopbackResponse {
        .html(
            """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(escape(title))</title></head>
            <body>
            <header class="site-header"><a class="logo" href="/">Sandbox</a>
              <nav><ul class="nav"><li><a href="/">Home</a></li><li><a href="/about">About</a></li>
              <li><a href="https://status.example/">Status</a></li></ul></nav></header>
            <div class="cookie-banner"><p>We use cookies.</p><button type="button">OK</button></div>
            <main>
            \(body)
            </main>
            <footer><p>Practice site for scraping.</p><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer>
            \(script.isEmpty ? "" : "<script>\n\(script)\n</script>")
            </body></html>
            """, status: status)
    }

    /// Text made safe inside an element or a double-quoted attribute.
    static func escape(_ text: String) -> String { BrowserSites.HTML.escape(text) }

    /// `<tr><td>…</td>…</tr>` with each cell escaped.
    static func row(_ cells: [String]) -> String {
        "<tr>" + cells.map { "<td>\(escape($0))</td>" }.joined() + "</tr>"
    }

    /// A query value from `request` (the server decodes it like a submitted form), or empty.
    static func formValue(_ request: LoopbackRequest, _ name: String) -> String { request.queryValue(name) ?? "" }
}
