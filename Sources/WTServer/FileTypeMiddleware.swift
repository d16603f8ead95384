import HTTPTypes
import OpenAPIRuntime
import Synchronization

/// Serves a result file with its own media type. The generated layer sends every `getFile` body as
/// `application/octet-stream` (the document cannot name a type known only at run time), so the handler
/// leaves the stored type in `FileResponseType` and this middleware puts it on the response, with headers
/// that keep a browser from running what a site handed a task (a downloaded HTML page, say) on the API's
/// origin: no sniffing, and a download rather than a page.
struct FileTypeMiddleware: ServerMiddleware {
    static let operation = "getFile"

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        guard operationID == Self.operation else { return try await next(request, body, metadata) }
        let slot = FileResponseType()
        let (answered, responseBody) = try await FileResponseType.$current.withValue(slot) {
            try await next(request, body, metadata)
        }
        var response = answered
        if let type = slot.type, response.status == .ok {
            response.headerFields[.contentType] = type
            response.headerFields[.contentDisposition] = "attachment"
            if let nosniff = HTTPField.Name("x-content-type-options") { response.headerFields[nosniff] = "nosniff" }
        }
        return (response, responseBody)
    }
}

/// The media type the `getFile` handler found for the file it serves, for `FileTypeMiddleware`.
final class FileResponseType: Sendable {
    private let value = Mutex<String?>(nil)

    @TaskLocal static var current: FileResponseType?

    var type: String? { value.withLock { $0 } }

    func set(_ type: String) { value.withLock { $0 = type } }
}
