import Foundation

/// A page built from nested `<frameset>`s, for the tests that `<frame>` works wherever `<iframe>` does.
/// The side frame's origin is a query parameter (`127.0.0.1` same-origin, `localhost` cross-origin).
///
/// - `/frameset?side=<origin>`: rows `frame[name=top]` (itself a frameset) and `frame[name=main]`.
/// - `/frameset/top?side=<origin>`: cols `frame[name=middle]` and `frame[name=side]` (from `<origin>`).
/// - `/frameset/middle`: `button#hello` that sets `#status` to "hello clicked", and `li.item` rows.
/// - `/frameset/side`: `button#side-button` that sets `#side-status` to "side clicked".
/// - `/frameset/main`: a search form (`#q`) that GETs `/frameset/search`, whose `#found` repeats the query.
public enum FramesetSite {
    /// The rows of the middle frame.
    public static let items = ["Apple", "Pear", "Plum"]

    /// The program both frameset suites run (in-process, and recorded then compiled through the binary):
    /// clicks, fills and extracts inside nested frames; `outputs` and `steps` add lines at the end of each.
    public static func program(outputs: String = "", steps: String = "") -> String {
        """
        program "frameset"
        mode browser

        param start: url

        output status: string
        output items: [string]
        output side: string
        output found: string
        \(outputs)

        open "{start}"
        within "frame[name=top]" {
          within "frame[name=middle]" {
            click "#hello"
            wait for exists text "hello clicked" timeout 5s
            extract status = text "#status"
            extract items = texts "li.item"
          }
          within "frame[name=side]" {
            click "#side-button"
            wait for exists text "side clicked" timeout 5s
            extract side = text "#side-status"
          }
        }
        within "frame[name=main]" {
          fill "#q" with "pears"
          click "button"
          wait for exists "#found" timeout 5s
          extract found = text "#found"
        }
        \(steps)

        """
    }

    /// The routes of every page.
    public static let routes: [LoopbackRoute] = [
        LoopbackRoute("GET", "/frameset") { request in outer(side: request.queryValue("side") ?? "") },
        LoopbackRoute("GET", "/frameset/top") { request in top(side: request.queryValue("side") ?? "") },
        LoopbackRoute("GET", "/frameset/middle") { _ in middle },
        LoopbackRoute("GET", "/frameset/side") { _ in side },
        LoopbackRoute("GET", "/frameset/main") { _ in main },
        LoopbackRoute("GET", "/frameset/search") { request in
            let query = BrowserSites.HTML.escape(request.queryValue("q") ?? "")
            return .html("<!DOCTYPE html><title>Found</title><p id=\"found\">Found \(query)</p>")
        },
    ]

    /// The outer page's URL on `server` (as `127.0.0.1`), with the side frame from `sideHost`.
    public static func url(_ server: LoopbackServer, sideHost: String) -> String {
        server.url("/frameset?side=http://\(sideHost):\(server.port)")
    }

    static func outer(side: String) -> LoopbackResponse {
        let top = BrowserSites.HTML.escape("/frameset/top?side=\(side)")
        return .html(
            """
            <!DOCTYPE html><html><head><title>Frameset</title></head>
            <frameset rows="220,*">
              <frame name="top" src="\(top)">
              <frame name="main" src="/frameset/main">
            </frameset></html>
            """)
    }

    static func top(side: String) -> LoopbackResponse {
        let source = BrowserSites.HTML.escape("\(side)/frameset/side")
        return .html(
            """
            <!DOCTYPE html><html><head><title>Top</title></head>
            <frameset cols="50%,50%">
              <frame name="middle" src="/frameset/middle">
              <frame name="side" src="\(source)">
            </frameset></html>
            """)
    }

    static var middle: LoopbackResponse {
        let rows = items.map { "<li class=\"item\">\($0)</li>" }.joined()
        return .html(
            """
            <!DOCTYPE html><title>Middle</title>
            <button id="hello" onclick="document.getElementById('status').textContent = 'hello clicked'">Hello</button>
            <p id="status"></p><ul>\(rows)</ul>
            """)
    }

    static var side: LoopbackResponse {
        .html(
            """
            <!DOCTYPE html><title>Side</title>
            <button id="side-button"
              onclick="document.getElementById('side-status').textContent = 'side clicked'">Side</button>
            <p id="side-status"></p>
            """)
    }

    static var main: LoopbackResponse {
        .html(
            """
            <!DOCTYPE html><title>Main</title>
            <form action="/frameset/search"><input id="q" name="q"><button>Search</button></form>
            """)
    }
}
