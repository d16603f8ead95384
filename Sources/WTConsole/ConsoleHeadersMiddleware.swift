import HTTPTypes
import Hummingbird
import Logging

/// Puts the console's security headers on every console response, errors included, and turns errors
/// into HTML pages (the API's `JSONErrorMiddleware` never sees the console's errors): a script or style
/// may come only from this origin (no inline script, no inline style, no event-handler attributes), no
/// framing, no MIME sniffing, no referrer across origins; pages are never cached.
struct ConsoleHeadersMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    static let policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    let renderer: ConsoleRenderer
    let logger: Logger

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError where error.status == .notFound {
            response = renderer.message(
                .notFound, heading: ConsoleMessages.notFoundHeading, ConsoleMessages.pageNotFound)
        } catch is FormFields.TooLarge {
            response = renderer.message(
                .contentTooLarge, heading: ConsoleMessages.refusedHeading, ConsoleMessages.formTooLarge)
        } catch {
            logger.error("console page failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            response = renderer.message(
                .internalServerError, heading: ConsoleMessages.failedHeading, ConsoleMessages.failed)
        }
        Self.secure(&response)
        return response
    }

    /// The console's security headers on `response`.
    static func secure(_ response: inout Response) {
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.xContentTypeOptions] = "nosniff"
        if let name = HTTPField.Name.referrerPolicy { response.headers[name] = "same-origin" }
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
    }
}

extension HTTPField.Name {
    /// Not among HTTPTypes' predefined names.
    static var referrerPolicy: Self? { Self("Referrer-Policy") }
    /// The scheme a proxy in front of the server was reached by.
    static var forwardedProto: Self? { Self("X-Forwarded-Proto") }
}
