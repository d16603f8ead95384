import HTTPTypes
import Logging
import OpenAPIRuntime

/// Turns what the generated layer throws into the JSON envelope: a request it could not decode becomes a
/// 400 naming the field (`body.task`, `query.limit`, …); anything else is a 500 `internal-error` whose
/// cause is logged, never sent.
struct ErrorEnvelopeMiddleware: ServerMiddleware {
    let logger: Logger
    let queryRules: QueryRules

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        do {
            return try await next(request, body, metadata)
        } catch let error as ServerError where (400..<500).contains(error.httpStatus.code) {
            let (field, message) = describe(error, request: request, operationID: operationID)
            return APIErrors.response(.badRequest, APIErrors.invalid(message, field: field))
        } catch {
            logger.error("handler failed", metadata: ["operation": "\(operationID)", "error": "\(error)"])
            return APIErrors.response(
                .internalServerError,
                APIErrors.envelope(code: .internalError, message: ServerMessages.internalError, reason: nil))
        }
    }

    /// The field and message for a request the generated layer rejected. Only POST operations take a
    /// body here, so a GET's undecodable value came from its query; the query's decoder names no
    /// parameter, so the document's rules find it.
    func describe(
        _ error: ServerError, request: HTTPRequest, operationID: String
    ) -> (field: String, message: String) {
        if request.method != .post,
            let found = queryRules.problem(operationID: operationID, query: QueryRules.items(of: request.path))
        {
            let field = "query." + found.name
            return (field, ServerMessages.undecodable(field, found.problem))
        }
        if let decoding = error.underlyingError as? DecodingError {
            return DecodingProblem(decoding, root: request.method == .post ? "body" : "query").described
        }
        let cause = error.causeDescription
        for (prefix, place) in [("query parameter named: ", "query."), ("path parameter named: ", "path.")] {
            if let range = cause.range(of: prefix) {
                let name = cause[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                let field = place + name
                return (field, ServerMessages.undecodable(field, "missing or malformed"))
            }
        }
        if cause.contains("request body") { return ("body", ServerMessages.undecodable("body", cause)) }
        return ("request", ServerMessages.undecodable("request", cause))
    }
}
