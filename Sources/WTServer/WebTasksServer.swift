import Foundation
import Hummingbird
import Logging
import OpenAPIHummingbird
import OpenAPIRuntime
import ServiceLifecycle

/// The Web Tasks HTTP server: the generated API routes under `/api/v1/workspace` (authenticated by
/// `APIKeyMiddleware`), plus plain routes `/healthz`, `/metrics` and `/openapi.json`. `wtc serve` builds
/// one and calls `run()`; tests take `router()` or `application(...)`.
public struct WebTasksServer: Sendable {
    /// Where the API lives, as in the hosted product.
    public static let basePath = "/api/v1/workspace"

    public let backend: any WebTasksBackend
    public let verifier: any APIKeyVerifier
    public let signer: FileURLSigner
    public let metrics: ServerMetrics
    public let logger: Logger
    /// The origin signed file URLs start with (`https://tasks.example.com`); nil uses each request's `Host`.
    public let publicOrigin: String?
    let clock: @Sendable () -> Date
    /// Routes another module adds beside the API (the console's pages, from `wtc serve`).
    let extraRoutes: (@Sendable (Router<BasicRequestContext>) -> Void)?
    /// The page a browser gets for an address nothing serves (the console's "not found"); API clients and
    /// API paths keep the JSON error.
    let pageNotFound: (@Sendable (Request) async -> Response?)?
    /// Finished tasks' result responses, for the polls that follow.
    let completedResponses = CompletedResponses()

    /// A server over these ports; `clock` is the time used to sign and check file URLs.
    public init(
        backend: any WebTasksBackend, verifier: any APIKeyVerifier, signer: FileURLSigner = .random(),
        metrics: ServerMetrics = ServerMetrics(), logger: Logger = Logger(label: "wtc.server"),
        publicOrigin: String? = nil, clock: @escaping @Sendable () -> Date = { Date() },
        extraRoutes: (@Sendable (Router<BasicRequestContext>) -> Void)? = nil,
        pageNotFound: (@Sendable (Request) async -> Response?)? = nil
    ) {
        self.backend = backend
        self.verifier = verifier
        self.signer = signer
        self.metrics = metrics
        self.logger = logger
        self.publicOrigin = publicOrigin
        self.clock = clock
        self.extraRoutes = extraRoutes
        self.pageNotFound = pageNotFound
    }

    /// The router with every route and middleware, for in-process tests and for `application`.
    public func router() throws -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: RequestLogMiddleware(logger: logger))
        router.add(middleware: JSONErrorMiddleware(logger: logger, pageNotFound: pageNotFound))
        let document = OpenAPIDocument.load()
        if document == nil { logger.warning("openapi.json not found; /openapi.json will answer 404") }
        addPlainRoutes(to: router, document: document)
        extraRoutes?(router)
        let handler = WebTasksHandler(backend: backend, signer: signer, clock: clock)
        let middlewares: [any ServerMiddleware] = [
            ErrorEnvelopeMiddleware(logger: logger, queryRules: QueryRules(document: document ?? [])),
            APIKeyMiddleware(verifier: verifier, publicOrigin: publicOrigin), FileTypeMiddleware(),
            CompletedResponseMiddleware(cache: completedResponses),
        ]
        // The document's only server is `/api/v1/workspace` (`basePath`).
        try handler.registerHandlers(on: router, serverURL: try Servers.Server1.url(), middlewares: middlewares)
        return router
    }

    private func addPlainRoutes(to router: Router<BasicRequestContext>, document: [UInt8]?) {
        router.get("healthz") { _, _ in
            Self.text(#"{"status":"ok"}"#, type: "application/json")
        }
        router.get("metrics") { [metrics] _, _ in
            Self.text(metrics.render(), type: "text/plain; version=0.0.4; charset=utf-8")
        }
        router.get("openapi.json") { _, _ in
            guard let document else { throw HTTPError(.notFound) }
            return Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(bytes: document)))
        }
    }

    private static func text(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// The application listening on `host:port` (port 0 picks a free one); `onRunning` gets the bound port.
    /// `services` (the workers, say) run beside the server and shut down with it.
    public func application(
        host: String = "127.0.0.1", port: Int, services: [any Service] = [],
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) throws -> some ApplicationProtocol {
        Application(
            router: try router(), configuration: .init(address: .hostname(host, port: port)), services: services,
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) }, logger: logger)
    }

    /// Serves until SIGTERM or SIGINT, then shuts down gracefully: the server stops accepting, requests
    /// in flight finish, and each of `services` gets its graceful-shutdown signal.
    public func run(host: String = "127.0.0.1", port: Int, services: [any Service] = []) async throws {
        try await application(host: host, port: port, services: services).runService()
    }
}
