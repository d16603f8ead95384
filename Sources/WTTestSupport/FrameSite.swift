import Foundation

/// A shop whose order form lives in an iframe, for the cross-origin frame tests. One server serves every
/// page; which origin each frame comes from is a query parameter, so the same pages are same-origin when
/// every URL says `127.0.0.1` and cross-origin when the frame says `localhost` (another site to Chromium).
///
/// - `/top?frame=<origin>&inner=<origin>`: a heading, a spacer that pushes the frame below the fold, and
///   `iframe#shop` with a border and padding (so its content box is not its border box).
/// - `/frame?inner=<origin>`: a button that changes `#status`, an input `#code` that shows its value in
///   `#code-status` on Enter, a list `li.item`, the order form (name, size, gift) posting to `/frame/order`,
///   and `iframe#inner`.
/// - `/inner`: a button that changes `#inner-status`.
/// - POST `/frame/order`: `#thanks` repeating what was ordered.
public enum FrameSite {
    /// The routes of every page.
    public static let routes: [LoopbackRoute] = [
        LoopbackRoute("GET", "/top") { request in
            top(frame: request.queryValue("frame") ?? "", inner: request.queryValue("inner") ?? "")
        },
        LoopbackRoute("GET", "/frame") { request in frame(inner: request.queryValue("inner") ?? "") },
        LoopbackRoute("GET", "/inner") { _ in inner },
        LoopbackRoute("POST", "/frame/order") { request in order(FormBody.parse(request.body)) },
    ]

    /// The top page's URL on `server` (as `127.0.0.1`), with the shop frame from `frameHost` and its inner
    /// frame from `innerHost` (each `127.0.0.1` or `localhost`).
    public static func topURL(_ server: LoopbackServer, frameHost: String, innerHost: String) -> String {
        let frame = "http://\(frameHost):\(server.port)"
        let inner = "http://\(innerHost):\(server.port)"
        return server.url("/top?frame=\(frame)&inner=\(inner)")
    }

    static func top(frame: String, inner: String) -> LoopbackResponse {
        let source = BrowserSites.HTML.escape("\(frame)/frame?inner=\(inner)")
        return .html(
            """
            <!DOCTYPE html><title>Frame shop</title>
            <h1>Frame shop</h1>
            <div style="height: 520px">The shop is below.</div>
            <iframe id="shop" src="\(source)"
              style="width: 620px; height: 560px; border: 7px solid #333; padding: 11px 5px"></iframe>
            """)
    }

    static func frame(inner: String) -> LoopbackResponse {
        let source = BrowserSites.HTML.escape("\(inner)/inner")
        return .html(
            """
            <!DOCTYPE html><title>Shop frame</title>
            <p id="status">idle</p>
            <button id="change" onclick="document.getElementById('status').textContent = 'changed in the frame'">
              Change</button>
            <input id="code" placeholder="Code" onkeydown="if (event.key === 'Enter')
              document.getElementById('code-status').textContent = 'entered ' + this.value">
            <p id="code-status">no code</p>
            <ul id="items"><li class="item">Apple</li><li class="item">Pear</li><li class="item">Plum</li></ul>
            <form method="post" action="/frame/order">
              <label>Name <input id="name" name="name"></label>
              <select id="size" name="size"><option value="s">Small</option><option value="l">Large</option></select>
              <label><input type="checkbox" id="gift" name="gift" value="yes"> Gift wrap</label>
              <button type="submit">Order</button>
            </form>
            <iframe id="inner" src="\(source)" style="width: 300px; height: 90px; border: 3px solid #999"></iframe>
            """)
    }

    static let inner = LoopbackResponse.html(
        """
        <!DOCTYPE html><title>Inner</title>
        <p id="inner-status">waiting</p>
        <button onclick="document.getElementById('inner-status').textContent = 'inner clicked'">Inner</button>
        """)

    static func order(_ form: [String: String]) -> LoopbackResponse {
        let name = BrowserSites.HTML.escape(form["name"] ?? "")
        let size = form["size"] == "l" ? "Large" : "Small"
        let gift = form["gift"] == "yes" ? "gift wrapped" : "not wrapped"
        return .html("<!DOCTYPE html><title>Ordered</title><p id=\"thanks\">Thanks \(name): \(size), \(gift)</p>")
    }
}
