import Foundation
import Hummingbird

/// What the sign-in form shows.
struct SignInBody: Sendable {
    var csrf: String
    var next: String?
    var error: String?
}

extension WebConsole {
    /// The sign-in form is protected by a pre-session cookie: a random nonce, HttpOnly and SameSite=Strict,
    /// whose HMAC is the form's hidden token (another site can neither read the cookie nor compute the
    /// token), together with the same `Origin` check as every other POST.
    static let signInCookie = "wtc_sign_in"

    /// GET /sign-in: the form (or, when already signed in, straight on).
    func signInPage(_ request: Request) async throws -> Response {
        let next = Self.localPath(request.uri.queryParameters.get("next"))
        if try await signedIn(request) != nil { return Self.redirect(next ?? "/tasks") }
        return signInForm(request, next: next, error: nil, status: .ok)
    }

    /// POST /sign-in: a known key starts a session; anything else shows the form again with what to do.
    func signIn(_ request: Request) async throws -> Response {
        let fields = try await FormFields(request)
        let next = Self.localPath(fields["next"])
        guard Self.sameOrigin(request), let nonce = request.cookies[Self.signInCookie]?.value,
            let token = fields["csrf"], seal.check(token: token, nonce: Self.signInPurpose + nonce)
        else { return signInForm(request, next: next, error: ConsoleMessages.staleForm, status: .forbidden) }
        let key = (fields["key"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !key.isEmpty else {
            return signInForm(request, next: next, error: ConsoleMessages.emptyKey, status: .badRequest)
        }
        guard try await verifier.workspace(forKey: key) != nil,
            let value = seal.seal(seal.newSession(key: key, now: clock()))
        else { return signInForm(request, next: next, error: ConsoleMessages.wrongKey, status: .unauthorized) }
        var response = Self.redirect(next ?? "/tasks")
        response.setCookie(Self.cookie(Self.sessionCookie, value, maxAge: Int(seal.lifetime), request: request))
        response.setCookie(Self.cookie(Self.signInCookie, "", maxAge: 0, request: request))
        return response
    }

    /// Tokens for the sign-in form are derived apart from sessions' (a session nonce never signs a sign-in).
    static let signInPurpose = "sign-in:"

    private func signInForm(_ request: Request, next: String?, error: String?, status: HTTPResponse.Status)
        -> Response
    {
        let nonce = SessionSeal.randomNonce()
        let body = SignInBody(csrf: seal.token(nonce: Self.signInPurpose + nonce), next: next, error: error)
        var response = renderer.page(
            "sign-in", PageContext(title: ConsoleMessages.signInTitle, chrome: Chrome(), page: body), status: status)
        response.setCookie(Self.cookie(Self.signInCookie, nonce, maxAge: 3600, request: request))
        return response
    }
}
