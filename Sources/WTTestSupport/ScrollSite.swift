import Foundation

/// An endless list whose next items come from a slow endpoint, for the tests of how `scroll until` settles:
/// every scroll of the page asks `/scroll/items?page=N` for the next `pageSize` items, which answers after
/// `delay` (longer than a quiet window, so only a wait that sees the request loading gets them), until
/// `pages` pages are shown. Nothing else on the page changes by itself.
///
/// - `/scroll`: the first page, `li.item` rows "Item 1" … "Item 10", each taller than a tenth of a screen.
/// - `/scroll/items?page=N`: the JSON array of page N's item texts (N from 1), after `delay`.
public enum ScrollSite {
    /// Items a page.
    public static let pageSize = 10
    /// Pages in all, the first one included.
    public static let pages = 4
    /// How long `/scroll/items` takes to answer.
    public static let delay: Duration = .milliseconds(400)

    /// Every item's text, in order.
    public static var allItems: [String] { (0..<pages).flatMap(items(onPage:)) }

    /// The routes of both pages.
    public static let routes: [LoopbackRoute] = [
        LoopbackRoute("GET", "/scroll") { _ in list },
        LoopbackRoute("GET", "/scroll/items") { request in
            let page = min(max(request.queryInt("page", default: 1), 1), pages - 1)
            let texts = items(onPage: page).map { "\"\($0)\"" }.joined(separator: ",")
            var response = LoopbackResponse.json(Data("[\(texts)]".utf8))
            response.delay = delay
            return response
        },
    ]

    static func items(onPage page: Int) -> [String] {
        (1...pageSize).map { "Item \(page * pageSize + $0)" }
    }

    static var list: LoopbackResponse {
        let rows = items(onPage: 0).map { "<li class=\"item\">\($0)</li>" }.joined()
        return .html(
            """
            <!DOCTYPE html><title>Slow list</title>
            <style>li.item { height: 120px; }</style>
            <ul id="items">\(rows)</ul>
            <script>
              let next = 1, loading = false;
              addEventListener('scroll', async () => {
                if (loading || next >= \(pages)) return;
                loading = true;
                const texts = await (await fetch('/scroll/items?page=' + next)).json();
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
