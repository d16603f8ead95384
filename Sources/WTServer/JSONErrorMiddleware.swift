import HTTPTypes
import Hummingbird
import Logging

/// Errors raised outside the generated handlers (an unknown path, a wrong method, a failure in a plain
/// route) answered with the same JSON envelope as the API's own errors.
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as any HTTPResponseError {
            let status = error.status
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

    static func response(_ status: HTTPResponse.Status, _ envelope: Components.Schemas.ErrorResponse) -> Response {
        let (head, _) = APIErrors.response(status, envelope)
        return Response(
            status: status, headers: head.headerFields,
            body: .init(byteBuffer: ByteBuffer(bytes: APIErrors.bytes(envelope))))
    }
}
