import Foundation
import Hummingbird
import Logging
import WTServer

/// The console: server-rendered pages for a workspace's owner, served by `wtc serve` beside the API
/// (`WebTasksServer(extraRoutes:)`). It reaches tasks, keys and files only through the API's
/// `WebTasksBackend` port, scoped by the workspace of the API key the visitor signed in with, and checks
/// that key through the same `APIKeyVerifier` on every request.
public struct WebConsole: Sendable {
    let backend: any WebTasksBackend
    let verifier: any APIKeyVerifier
    let seal: SessionSeal
    let logger: Logger
    let clock: @Sendable () -> Date
    let reports: (any TaskReports)?
    let renderer: ConsoleRenderer

    /// A console over these ports. `secret` (at least 16 bytes; shared by the servers of a cluster) keys the
    /// session cookies and the forms' CSRF tokens. `reports` gives a task page its run report (steps with
    /// screenshots) when the service records one.
    public init(
        backend: any WebTasksBackend, verifier: any APIKeyVerifier, secret: [UInt8],
        logger: Logger = Logger(label: "wtc.console"), clock: @escaping @Sendable () -> Date = { Date() },
        reports: (any TaskReports)? = nil
    ) {
        self.backend = backend
        self.verifier = verifier
        self.seal = SessionSeal(secret: secret)
        self.logger = logger
        self.clock = clock
        self.reports = reports
        self.renderer = ConsoleRenderer(resources: ConsoleResources.load(logger: logger), logger: logger)
    }

    /// Adds the console's routes (at the root: `/`, `/sign-in`, `/tasks…`, `/keys…`, `/files/…`, and the
    /// static `/console.css` and `/console.js`) to `router`, each behind `ConsoleHeadersMiddleware`.
    public func addRoutes(to router: Router<BasicRequestContext>) {
        let group = router.group().add(middleware: ConsoleHeadersMiddleware(renderer: renderer, logger: logger))
        group.get("console.css") { _, _ in
            renderer.asset(renderer.resources.stylesheet, type: "text/css; charset=utf-8")
        }
        group.get("console.js") { _, _ in
            renderer.asset(renderer.resources.script, type: "text/javascript; charset=utf-8")
        }
        group.get("/") { request, _ in
            try await signedIn(request) == nil ? Self.redirect("/sign-in") : Self.redirect("/tasks")
        }
        group.get("sign-in") { request, _ in try await signInPage(request) }
        group.post("sign-in") { request, _ in try await signIn(request) }
        group.post("sign-out") { request, _ in try await signOut(request) }
        group.get("tasks") { request, _ in try await page(request) { try await tasksPage(request, $0) } }
        group.get("tasks/new") { request, _ in try await page(request) { newTaskPage($0, form: StartForm()) } }
        group.post("tasks") { request, _ in try await form(request) { try await startTask($1, $0) } }
        group.get("tasks/:id") { request, context in
            let id = context.parameters.get("id") ?? ""
            return try await page(request) { try await taskPage(id, $0) }
        }
        group.get("tasks/:id/pictures/:picture") { request, context in
            let (id, picture) = (context.parameters.get("id") ?? "", context.parameters.get("picture") ?? "")
            return try await page(request) { try await picturePage(id, picture, $0) }
        }
        group.get("files/:id") { request, context in
            let id = context.parameters.get("id") ?? ""
            return try await page(request) { try await filePage(id, $0) }
        }
        group.get("keys") { request, _ in try await page(request) { try await keysPage($0) } }
        group.get("keys/:key") { request, context in
            let key = context.parameters.get("key") ?? ""
            return try await page(request) { try await keyPage(key, $0) }
        }
        group.get("keys/:key/diff") { request, context in
            let key = context.parameters.get("key") ?? ""
            return try await page(request) { try await diffPage(key, request, $0) }
        }
    }

    /// `text` as one path segment: only unreserved characters are left as they are.
    static func segment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    private static let unreserved = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    /// A 303 to a local path.
    static func redirect(_ path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path])
    }
}
