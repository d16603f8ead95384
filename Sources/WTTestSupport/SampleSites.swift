import Foundation

/// The sample sites under `samples/<name>/site/`, served on loopback: static pages from the folder plus
/// the few routes that need a server (the login form's CSRF token and session cookie).
public enum SampleSites {
    /// The password of the login sample's demo account (a test fixture, not a secret).
    public static let demoPassword = "correct horse battery staple"

    /// A server for sample `name` (not started).
    public static func server(_ name: String, samples: URL = Paths.samples) throws -> LoopbackServer {
        let site = samples.appendingPathComponent(name).appendingPathComponent("site")
        return try LoopbackServer(root: site, routes: routes(name, site: site))
    }

    static func routes(_ name: String, site: URL) -> [LoopbackRoute] {
        name == "login" ? LoginSite(site: site).routes : BrowserSites.routes(name, site: site)
    }
}

/// The login sample: GET /login sets a CSRF cookie and embeds the same token in a hidden input; POST
/// /login accepts only a matching token and the demo credentials, then sets a session cookie and
/// redirects (303) to /account, which needs that cookie.
struct LoginSite: Sendable {
    let site: URL
    static let session = "lantern-session-7f3a"

    var routes: [LoopbackRoute] {
        [
            LoopbackRoute("GET", "/login") { _ in form(flash: "") },
            LoopbackRoute("POST", "/login") { request in signIn(request) },
            LoopbackRoute("GET", "/account") { request in account(request) },
        ]
    }

    func form(flash: String) -> LoopbackResponse {
        let token = UUID().uuidString
        let page = template("login.html")
            .replacingOccurrences(of: "{{csrf}}", with: token)
            .replacingOccurrences(of: "{{flash}}", with: flash)
        var response = LoopbackResponse.html(page)
        response.headers.append(("Set-Cookie", "csrf=\(token); Path=/; HttpOnly"))
        return response
    }

    func signIn(_ request: LoopbackRequest) -> LoopbackResponse {
        let fields = FormBody.parse(request.body)
        let cookies = Cookies.parse(request.header("Cookie"))
        guard let token = fields["csrf_token"], !token.isEmpty, token == cookies["csrf"] else {
            return form(flash: "<p class=\"flash error\">Your session expired; please try again.</p>")
        }
        guard fields["action"] == "sign-in", fields["username"] == "demo",
            fields["password"] == SampleSites.demoPassword
        else {
            return form(flash: "<p class=\"flash error\">Wrong username or password.</p>")
        }
        var response = LoopbackResponse.redirect(to: "/account", status: 303)
        response.headers.append(("Set-Cookie", "session=\(Self.session); Path=/; HttpOnly"))
        return response
    }

    func account(_ request: LoopbackRequest) -> LoopbackResponse {
        guard Cookies.parse(request.header("Cookie"))["session"] == Self.session else {
            return .redirect(to: "/login", status: 303)
        }
        return .html(template("account.html"))
    }

    func template(_ name: String) -> String {
        (try? String(contentsOf: site.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }
}

/// `application/x-www-form-urlencoded` bodies, decoded the way servers do (`+` is a space).
enum FormBody {
    static func parse(_ body: Data) -> [String: String] {
        let pairs = LoopbackRequestHead.formPairs(Substring(String(decoding: body, as: UTF8.self)))
        return Dictionary(pairs, uniquingKeysWith: { _, last in last })
    }
}

/// The `Cookie` request header as name → value.
enum Cookies {
    static func parse(_ header: String?) -> [String: String] {
        var cookies: [String: String] = [:]
        for item in (header ?? "").split(separator: ";") {
            let parts = item.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { continue }
            cookies[parts[0].trimmingCharacters(in: .whitespaces)] = String(parts[1])
        }
        return cookies
    }
}
