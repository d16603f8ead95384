import Foundation

/// Pages whose actions navigate as a side effect, for the tests that a step after such an action waits for
/// the new document instead of running its scripts in the one being replaced.
///
/// - `/postback`: an ASP.NET-style form (POST to itself). `select#author` posts the form back from its
///   `onchange` (from a timer, as ASP.NET's `__doPostBack` does; at once with `?direct=1`); the postback
///   answers after `delay` with the same form, the author chosen and a `__VIEWSTATE` naming it. The submit button `input[name=submit_button]`
///   then answers `#result` "Books by <author>" — or "stale form" when the form it came from was not the
///   postback's (the click ran on the page being replaced).
/// - `/redirect`: `button#go` fetches `/redirect/check` (answers after `delay`), then sets `location` to
///   `/landing?from=redirect`: the navigation starts well after the click.
/// - `/timer`: sets `location` to `/landing?from=timer` `delay` after it loads, by itself.
/// - `/wipe`: `button#wipe` takes the document's root element out of the document and puts it back `delay`
///   later with `button#proceed` in it — a document with no root, as one being replaced has for a moment.
/// - `/slow-link`: `a#slow` to `/slow`, which answers after `slowDelay`.
/// - `/landing?from=…`: `button#proceed`, which shows `#done` "done after <from>" when clicked.
public enum NavigationSite {
    /// The authors `select#author` offers (values are the lowercased names).
    public static let authors = ["Austen", "Borges", "Calvino"]
    /// How long the postback, the redirect's check and the timer take.
    public static let delay: Duration = .milliseconds(120)

    /// How long `/slow` takes to answer: longer than the step timeout its test gives the click.
    public static let slowDelay: Duration = .seconds(2)

    /// The routes of every page.
    public static let routes: [LoopbackRoute] = [
        LoopbackRoute("GET", "/postback") { request in
            postback(author: nil, direct: request.queryValue("direct") != nil)
        },
        LoopbackRoute("POST", "/postback") { request in
            postback(FormBody.parse(request.body), direct: request.queryValue("direct") != nil)
        },
        LoopbackRoute("GET", "/redirect") { _ in redirect },
        LoopbackRoute("GET", "/redirect/check") { _ in
            var response = LoopbackResponse.json(Data("{\"ok\":true}".utf8))
            response.delay = delay
            return response
        },
        LoopbackRoute("GET", "/timer") { _ in timer },
        LoopbackRoute("GET", "/wipe") { _ in wipe },
        LoopbackRoute("GET", "/slow-link") { _ in
            .html("<!DOCTYPE html><title>Slow</title><a id=\"slow\" href=\"/slow\">Slow</a>")
        },
        LoopbackRoute("GET", "/slow") { _ in
            var response = LoopbackResponse.html("<!DOCTYPE html><title>Slow</title><p>Finally</p>")
            response.delay = slowDelay
            return response
        },
        LoopbackRoute("GET", "/landing") { request in landing(from: request.queryValue("from") ?? "") },
    ]

    static var milliseconds: Int {
        Int(delay.components.seconds * 1000 + delay.components.attoseconds / 1_000_000_000_000_000)
    }

    static func postback(_ form: [String: String], direct: Bool) -> LoopbackResponse {
        let author = form["author"].flatMap { $0.isEmpty ? nil : $0 }
        guard form["submit_button"] != nil else {
            var response = postback(author: author, direct: direct)
            response.delay = delay
            return response
        }
        let current = author.map { "chosen-\($0)" }
        let fresh = current != nil && form["__VIEWSTATE"] == current
        let text = fresh ? "Books by \(author ?? "")" : "stale form"
        return .html("<!DOCTYPE html><title>Books</title><h1 id=\"result\">\(BrowserSites.HTML.escape(text))</h1>")
    }

    static func postback(author: String?, direct: Bool) -> LoopbackResponse {
        let options = authors.map { name in
            let value = name.lowercased()
            return "<option value=\"\(value)\"\(value == author ? " selected" : "")>\(name)</option>"
        }.joined()
        let submit = direct ? "this.form.submit()" : "setTimeout(() => this.form.submit(), 0)"
        let state = author.map { "<input type=\"hidden\" name=\"__VIEWSTATE\" value=\"chosen-\($0)\">" } ?? ""
        return .html(
            """
            <!DOCTYPE html><title>Books</title>
            <form method="post" action="/postback\(direct ? "?direct=1" : "")" id="form1">
              \(state)
              <select id="author" name="author" onchange="\(submit)">
                <option value="">(choose)</option>\(options)
              </select>
              <input type="submit" name="submit_button" value="Show books">
            </form>
            """)
    }

    static var redirect: LoopbackResponse {
        .html(
            """
            <!DOCTYPE html><title>Redirect</title>
            <button id="go">Go</button>
            <script>
              document.getElementById('go').addEventListener('click', async () => {
                await fetch('/redirect/check');
                location.href = '/landing?from=redirect';
              });
            </script>
            """)
    }

    static var timer: LoopbackResponse {
        .html(
            """
            <!DOCTYPE html><title>Timer</title><p>Moving on shortly…</p>
            <script>setTimeout(() => { location.href = '/landing?from=timer'; }, \(milliseconds));</script>
            """)
    }

    static var wipe: LoopbackResponse {
        .html(
            """
            <!DOCTYPE html><title>Wipe</title>
            <button id="wipe">Wipe</button><p id="done"></p>
            <script>
              document.getElementById('wipe').addEventListener('click', () => {
                const root = document.documentElement;
                document.removeChild(root);
                setTimeout(() => {
                  document.appendChild(root);
                  const b = document.createElement('button');
                  b.id = 'proceed'; b.textContent = 'Proceed';
                  b.onclick = () => { document.getElementById('done').textContent = 'done after wipe'; };
                  document.body.append(b);
                }, \(milliseconds));
              });
            </script>
            """)
    }

    static func landing(from: String) -> LoopbackResponse {
        let source = BrowserSites.HTML.escape(from)
        return .html(
            """
            <!DOCTYPE html><title>Landing</title>
            <button id="proceed" onclick="document.getElementById('done').textContent = 'done after \(source)'">
              Proceed</button>
            <p id="done"></p>
            """)
    }
}
