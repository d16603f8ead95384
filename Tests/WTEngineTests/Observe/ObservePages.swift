import Foundation
import WTTestSupport

/// Small pages for the view tests, each showing one thing the view must render.
enum ObservePages {
    static let form = """
        <!DOCTYPE html><html><head><title>Sign in</title></head><body>
        <main><h1>Welcome back</h1>
        <form aria-label="Login">
          <label for="email">Email</label>
          <input id="email" type="email" placeholder="you@example.test" required value="ann@x.test">
          <label for="pw">Password</label><input id="pw" type="password" value="hunter2-secret">
          <label><input type="checkbox" id="remember" checked> Remember me</label>
          <label for="country">Country</label>
          <select id="country">\(countries)</select>
          <label for="note">Note</label><input id="note" value="my token is tok-123">
          <button type="submit">Sign "in"</button>
          <input type="hidden" name="csrf" value="zzz">
          <p style="display:none">Never shown</p>
        </form></main></body></html>
        """

    static let countries = (["France", "Spain"] + (1...190).map { "Country \($0)" })
        .map { "<option\($0 == "France" ? " selected" : "")>\($0)</option>" }.joined()

    static let list = """
        <!DOCTYPE html><title>Quotes</title><h1>Quotes</h1>
        <div class="quotes">\((1...50).map { quote($0) }.joined())</div>
        <ul class="pager"><li class="next"><a href="/page/2/">Next →</a></li></ul>
        """

    static func quote(_ n: Int) -> String {
        """
        <div class="quote"><span class="text">Quote number \(n) is about gardens</span>
        <span>by <small class="author">Author \(n)</small> <a href="/author/\(n)">(about)</a></span></div>
        """
    }

    static let shadow = """
        <!DOCTYPE html><title>Widget</title><h1>Shop</h1>
        <price-box id="box"><span slot="note">Prices in euros</span></price-box>
        <price-box><span slot="note">Second box</span></price-box>
        <script>
        customElements.define('price-box', class extends HTMLElement {
          constructor() { super(); const root = this.attachShadow({ mode: 'open' });
            root.innerHTML = '<div class="inner"><h2>Offer</h2><button>Add to cart</button>' +
              '<slot name="note"></slot><p>12 €</p></div>'; }
        });
        </script>
        """

    static let table = """
        <!DOCTYPE html><title>Rates</title><table><thead><tr><th>Code</th><th>Rate</th></tr></thead><tbody>
        \((1...30).map { "<tr><td><a href=/c/\($0)>C\($0)</a></td><td>\($0).5</td></tr>" }.joined())
        </tbody></table>
        """

    static let counter = """
        <!DOCTYPE html><title>Counter</title><h1>Counter</h1><p id="count">Clicked 0 times</p>
        <button onclick="document.getElementById('count').textContent = 'Clicked 1 times'">Add one</button>
        <input id="name" aria-label="Name"><p>Stays the same</p>
        """

    static var routes: [LoopbackRoute] {
        [("/form", form), ("/list", list), ("/shadow", shadow), ("/table", table), ("/counter", counter)].map {
            page in LoopbackRoute("GET", page.0) { _ in .html(page.1) }
        }
    }
}
