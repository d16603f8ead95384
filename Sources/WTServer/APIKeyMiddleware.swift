import HTTPTypes
import OpenAPIRuntime

/// Authenticates every operation but the signed file download: `x-api-key` must name a known key (else
/// 401), and the path's `{workspaceId}` must be that key's workspace (else 404, so a key never learns
/// whether another workspace exists). The workspace is handed to the handler through `RequestScope`.
struct APIKeyMiddleware: ServerMiddleware {
    let verifier: any APIKeyVerifier
    /// The origin file URLs are built on; nil to use the request's own `Host`.
    let publicOrigin: String?
    /// Operations the URL itself authorizes.
    static let open: Set<String> = ["getFile"]
    static let header = HTTPField.Name("x-api-key")

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        if Self.open.contains(operationID) { return try await next(request, body, metadata) }
        guard let header = Self.header, let key = request.headerFields[header], !key.isEmpty else {
            return APIErrors.response(.unauthorized, APIErrors.unauthenticated(ServerMessages.missingKey))
        }
        guard let workspace = try await verifier.workspace(forKey: key) else {
            return APIErrors.response(.unauthorized, APIErrors.unauthenticated(ServerMessages.unknownKey))
        }
        guard metadata.pathParameters["workspaceId"].map(String.init) == workspace else {
            return APIErrors.response(.notFound, APIErrors.notFound())
        }
        let origin = publicOrigin ?? "http://\(request.authority ?? "127.0.0.1")"
        return try await RequestScope.$current.withValue(RequestScope(workspace: workspace, origin: origin)) {
            try await next(request, body, metadata)
        }
    }
}
