import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import WTServer
import WTServerFakes

@testable import WTConsole

/// The console over the fake backend with two workspaces (`ws_a` with `key_a`, `ws_b` with `key_b`),
/// driven in process through HummingbirdTesting by a visitor that keeps cookies like a browser.
struct TestConsole {
    static let keyA = "key_a"
    static let keyB = "key_b"
    static let secret = Array("a console test secret, longer than 16 bytes".utf8)
    static let start = Date(timeIntervalSince1970: 1_796_000_000)

    let backend = FakeWebTasksBackend(base: Self.start)
    /// The run reports, when a test gives some.
    var reports: (any TaskReports)?

    var console: WebConsole {
        WebConsole(
            backend: backend, verifier: StaticAPIKeys([Self.keyA: "ws_a", Self.keyB: "ws_b"]), secret: Self.secret,
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }), clock: { Self.start },
            reports: reports)
    }

    /// Runs `body` with a fresh visitor (no cookies) against the console's routes.
    func run<T: Sendable>(_ body: @Sendable (Guest) async throws -> T) async throws -> T {
        let router = Router(context: BasicRequestContext.self)
        console.addRoutes(to: router)
        return try await Application(router: router).test(.router) { client in
            try await body(Guest(client: client))
        }
    }
}

/// A browser-like client: sends the cookies it was given, and the `Origin` of the site on POSTs.
final class Guest: Sendable {
    let client: any TestClientProtocol
    private let jar = Mutex([String: String]())
    static let origin = "http://localhost"

    init(client: any TestClientProtocol) { self.client = client }

    func get(_ path: String, headers extra: HTTPFields = [:]) async throws -> Page {
        try await send(.get, path, headers: extra, body: nil)
    }

    /// A form POST, with the page's own origin unless `origin` says otherwise (nil: no Origin header).
    func post(
        _ path: String, _ fields: [(String, String)], origin: String? = Guest.origin, headers extra: HTTPFields = [:]
    )
        async throws -> Page
    {
        var headers = extra
        headers[.contentType] = "application/x-www-form-urlencoded"
        if let origin { headers[.origin] = origin }
        let allowed = CharacterSet.alphanumerics
        let body = fields.map {
            "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
        }.joined(separator: "&")
        return try await send(.post, path, headers: headers, body: body)
    }

    /// Signs in with `key` through the form, as a person would (in a fresh browser: cookies forgotten).
    @discardableResult
    func signIn(_ key: String) async throws -> Page {
        jar.withLock { $0 = [:] }
        let form = try await get("/sign-in")
        return try await post("/sign-in", [("csrf", form.csrf ?? ""), ("key", key)])
    }

    func cookie(_ name: String) -> String? { jar.withLock { $0[name] } }

    private func send(_ method: HTTPRequest.Method, _ path: String, headers extra: HTTPFields, body: String?)
        async throws -> Page
    {
        var headers = extra
        let cookies = jar.withLock { $0.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        if !cookies.isEmpty { headers[.cookie] = cookies }
        let response = try await client.execute(
            uri: path, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        let page = Page(status: response.status.code, headers: response.headers, text: String(buffer: response.body))
        jar.withLock { jar in
            for line in page.setCookies {
                let pair = line.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
                let name = String(pair[0])
                let value = pair.count > 1 ? String(pair[1]) : ""
                if value.isEmpty || line.contains("Max-Age=0") { jar[name] = nil } else { jar[name] = value }
            }
        }
        return page
    }
}

/// A response as a test reads it.
struct Page: Sendable {
    let status: Int
    let headers: HTTPFields
    let text: String

    var location: String? { headers[.location] }
    var setCookies: [String] { headers[values: .setCookie] }

    /// The first form's CSRF token.
    var csrf: String? { first(#"name="csrf" value="([^"]+)""#) }

    /// The first capture of `pattern` in the body.
    func first(_ pattern: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let range = Range(match.range(at: 1), in: text)
        else { return nil }
        return String(text[range])
    }
}
