import Foundation
import HTTPTypes
import Hummingbird

/// Who is asking: the workspace of the API key in their session cookie, and their forms' CSRF token.
struct Visitor: Sendable {
    var workspace: String
    var session: SessionSeal.Session
    var csrf: String

    var chrome: Chrome { Chrome(workspace: workspace, csrf: csrf) }
}

extension WebConsole {
    static let sessionCookie = "wtc_session"

    /// The visitor whose session cookie is genuine, unexpired, and whose key the verifier still accepts.
    func signedIn(_ request: Request) async throws -> Visitor? {
        guard let value = request.cookies[Self.sessionCookie]?.value, let session = seal.open(value, now: clock()),
            let workspace = try await verifier.workspace(forKey: session.key)
        else { return nil }
        return Visitor(workspace: workspace, session: session, csrf: seal.token(nonce: session.nonce))
    }

    /// Runs `body` for a signed-in visitor; anyone else is sent to sign in, and brought back here after.
    func page(_ request: Request, _ body: (Visitor) async throws -> Response) async throws -> Response {
        guard let visitor = try await signedIn(request) else {
            var here = request.uri.path
            if let query = request.uri.query, !query.isEmpty { here += "?" + query }
            let next = here.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/tasks"
            return Self.redirect("/sign-in?next=" + next)
        }
        return try await body(visitor)
    }

    /// Runs `body` for a form a signed-in visitor posted, once its origin and CSRF token check out; a
    /// forged or stale form is refused with a 403 page that says to reload.
    func form(_ request: Request, _ body: (Visitor, FormFields) async throws -> Response) async throws -> Response {
        guard let visitor = try await signedIn(request) else { return Self.redirect("/sign-in") }
        let fields = try await FormFields(request)
        guard Self.sameOrigin(request), let token = fields["csrf"],
            seal.check(token: token, nonce: visitor.session.nonce)
        else {
            return renderer.message(
                .forbidden, heading: ConsoleMessages.refusedHeading, ConsoleMessages.staleForm, chrome: visitor.chrome)
        }
        return try await body(visitor, fields)
    }

    /// POST /sign-out: the session cookie is cleared (a forged form is refused like any other).
    func signOut(_ request: Request) async throws -> Response {
        try await form(request) { _, _ in
            var response = Self.redirect("/sign-in")
            response.setCookie(Self.cookie(Self.sessionCookie, "", maxAge: 0, request: request))
            return response
        }
    }

    /// Refuses a POST whose `Origin` names another site (the address bar's host must match); a request
    /// without `Origin` (not sent by a browser's cross-site form) is left to the CSRF token.
    static func sameOrigin(_ request: Request) -> Bool {
        guard let origin = request.headers[.origin] else { return true }
        guard let authority = request.head.authority else { return false }
        return origin == "http://" + authority || origin == "https://" + authority
    }

    /// Whether the visitor reached the server over TLS (directly, or through a proxy that says so).
    static func overTLS(_ request: Request) -> Bool {
        if let name = HTTPField.Name.forwardedProto, let proto = request.headers[name] {
            return proto.lowercased() == "https"
        }
        return request.head.scheme?.lowercased() == "https"
    }

    /// A console cookie: HttpOnly, SameSite=Strict, Path=/, Secure over TLS.
    static func cookie(_ name: String, _ value: String, maxAge: Int, request: Request) -> Cookie {
        Cookie(
            name: name, value: value, maxAge: maxAge, path: "/", secure: overTLS(request), httpOnly: true,
            sameSite: .strict)
    }

    /// `next` when it is a path on this site (not `//host`, not a scheme, not the sign-in page itself).
    static func localPath(_ next: String?) -> String? {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"),
            !next.hasPrefix("/sign-in"), next.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7f })
        else { return nil }
        return next
    }
}
