import HTTPTypes
import Hummingbird
import Logging

/// Errors raised outside the generated handlers (an unknown path, a wrong method, a failure in a plain
/// route) answered with the same JSON envelope as the API's own errors — except an unknown address outside
/// the API asked for by a browser (`Accept: text/html`), which `pageNotFound` may answer with a page.
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger
    var pageNotFound: (@Sendable (Request) async -> Response?)? = nil

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as any HTTPResponseError {
            let status = error.status
            if status == .notFound, let page = await page(for: request) { return page }
            let envelope: Components.Schemas.ErrorResponse =
                status == .notFound
                ? APIErrors.notFound()
                : APIErrors.envelope(code: .rejected, message: status.reasonPhrase, reason: "invalid-request")
            return Self.response(status, envelope)
        } catch {
            logger.error("route failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            let envelope = APIErrors.envelope(code: .internalError, message: ServerMessages.internalError, reason: nil)
            return Self.response(.internalServerError, envelope)
        }
    }

    /// The browser's page for an unknown address outside the API, when there is one.
    private func page(for request: Request) async -> Response? {
        guard let pageNotFound, !request.uri.path.hasPrefix(WebTasksServer.basePath),
            request.headers[.accept]?.contains("text/html") == true
        else { return nil }
        return await pageNotFound(request)
    }

    static func response(_ status: HTTPResponse.Status, _ envelope: Components.Schemas.ErrorResponse) -> Response {
        let (head, _) = APIErrors.response(status, envelope)
        return Response(
            status: status, headers: head.headerFields,
            body: .init(byteBuffer: ByteBuffer(bytes: APIErrors.bytes(envelope))))
    }
}
