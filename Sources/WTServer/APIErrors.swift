import Foundation
import HTTPTypes
import OpenAPIRuntime

/// The JSON error envelope every 4xx/5xx carries: `{"error": {code, message, details: {reason, field}}}`.
/// `code` is one of the product's six (its published client checks that list); `details.reason` says which
/// HTTP problem it was: `invalid-request` (400, with `details.field`), `not-found` (404), `url-expired`
/// (403); a 401 has code `unauthenticated`.
enum APIErrors {
    /// The envelope as the generated schema type.
    static func envelope(
        code: Components.Schemas.ErrorCode, message: String, reason: String?, field: String? = nil
    ) -> Components.Schemas.ErrorResponse {
        let details =
            reason == nil && field == nil ? nil : Components.Schemas.ErrorDetails(reason: reason, field: field)
        return .init(error: .init(code: code, message: message, details: details))
    }

    static func invalid(_ message: String, field: String) -> Components.Schemas.ErrorResponse {
        envelope(code: .rejected, message: message, reason: "invalid-request", field: field)
    }

    static func notFound(_ message: String = ServerMessages.notFound) -> Components.Schemas.ErrorResponse {
        envelope(code: .rejected, message: message, reason: "not-found")
    }

    static func unauthenticated(_ message: String) -> Components.Schemas.ErrorResponse {
        envelope(code: .unauthenticated, message: message, reason: nil)
    }

    /// An envelope as a raw response, for middleware that answers before or around the generated handlers.
    static func response(
        _ status: HTTPResponse.Status, _ body: Components.Schemas.ErrorResponse
    ) -> (HTTPResponse, HTTPBody?) {
        var fields = HTTPFields()
        fields[.contentType] = "application/json; charset=utf-8"
        return (HTTPResponse(status: status, headerFields: fields), HTTPBody(bytes(body)))
    }

    /// The envelope's JSON bytes.
    static func bytes(_ body: Components.Schemas.ErrorResponse) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(body)) ?? Data(#"{"error":{"code":"internal-error","message":""}}"#.utf8)
        return Array(data)
    }
}
