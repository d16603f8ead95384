import Foundation

/// Endless lists that fetch their next page only when scrolled exactly to the end
/// (`scrollTop == scrollHeight - clientHeight`), for the tests that `scroll` goes all the way down rather
/// than one screen at a time. Each page of `pageSize` rows is taller than two screens, so a scroll of one
/// screen never reaches the end.
///
/// - `/bottom`: the list is the page; it loads more when the window reaches the exact bottom.
/// - `/boxed`: the list scrolls inside `div#box` (the page itself does not scroll); it loads more when
///   the box reaches its exact bottom.
/// - `/boxed-below`: as `/boxed`, with the box below the fold (a tall block above it), so only a scroll that
///   looks for the box holding the list finds it.
/// - `/bottom/items?page=N`: the JSON array of page N's item texts (N from 1), after `delay`.
public enum BottomScrollSite {
    /// Items a page.
    public static let pageSize = 20
    /// Pages in all, the first one included.
    public static let pages = 4
    /// How long `/bottom/items` takes to answer.
    public static let delay: Duration = .milliseconds(150)

    /// Every item's text, in order.
    public static var allItems: [String] { (0..<pages).flatMap(items(onPage:)) }

    /// The routes of both lists and their feed.
    public static let routes: [LoopbackRoute] = [
        LoopbackRoute("GET", "/bottom") { _ in page(boxed: false) },
        LoopbackRoute("GET", "/boxed") { _ in page(boxed: true) },
        LoopbackRoute("GET", "/boxed-below") { _ in page(boxed: true, below: true) },
        LoopbackRoute("GET", "/bottom/items") { request in
            let page = min(max(request.queryInt("page", default: 1), 1), pages - 1)
            let texts = items(onPage: page).map { "\"\($0)\"" }.joined(separator: ",")
            var response = LoopbackResponse.json(Data("[\(texts)]".utf8))
            response.delay = delay
            return response
        },
    ]

    static func items(onPage page: Int) -> [String] {
        (1...pageSize).map { "Row \(page * pageSize + $0)" }
    }

    static func page(boxed: Bool, below: Bool = false) -> LoopbackResponse {
        let rows = items(onPage: 0).map { "<li class=\"item\">\($0)</li>" }.joined()
        // The window's scrolling element, or the box, and where its scroll events come from.
        let scroller = boxed ? "document.getElementById('box')" : "document.scrollingElement"
        let source = boxed ? "document.getElementById('box')" : "window"
        return .html(
            """
            <!DOCTYPE html><title>\(boxed ? "Boxed list" : "Bottom list")</title>
            <style>
              li.item { height: \(boxed ? 40 : 70)px; }
              #box { height: 300px; overflow-y: auto; border: 1px solid #999; }
            </style>
            <h1>Rows</h1>\(below ? "<div style=\"height: 1500px\">The list is further down.</div>" : "")
            \(boxed ? "<div id=\"box\">" : "<div>")<ul id="items">\(rows)</ul></div>
            <script>
              let next = 1, loading = false;
              const scroller = \(scroller);
              \(source).addEventListener('scroll', async () => {
                if (loading || next >= \(pages)) return;
                if (scroller.scrollTop !== scroller.scrollHeight - scroller.clientHeight) return;
                loading = true;
                const texts = await (await fetch('/bottom/items?page=' + next)).json();
                for (const text of texts) {
                  const li = document.createElement('li');
                  li.className = 'item';
                  li.textContent = text;
                  document.getElementById('items').append(li);
                }
                next += 1;
                loading = false;
              });
            </script>
            """)
    }
}
