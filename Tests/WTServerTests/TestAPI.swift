import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import WTServer
import WTServerFakes

/// A WTServer over the fake backend with two workspaces (`ws_a` with `key_a`, `ws_b` with `key_b`), a
/// fixed signing secret and a settable clock, driven in process through HummingbirdTesting.
struct TestAPI {
    static let workspaceA = "ws_a"
    static let keyA = "key_a"
    static let workspaceB = "ws_b"
    static let keyB = "key_b"
    static let secret = Array("a test secret of more than 16 bytes".utf8)
    static let start = Date(timeIntervalSince1970: 1_796_000_000)

    let backend = FakeWebTasksBackend(base: Self.start)
    let clock = TestClock(Self.start)
    let metrics = ServerMetrics()
    /// Quiet unless a test captures it.
    var logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    var server: WebTasksServer {
        // The secret is longer than the 16-byte minimum.
        let signer = FileURLSigner(secret: Self.secret) ?? .random()
        return WebTasksServer(
            backend: backend, verifier: StaticAPIKeys([Self.keyA: Self.workspaceA, Self.keyB: Self.workspaceB]),
            signer: signer, metrics: metrics, logger: logger, publicOrigin: "http://api.test",
            clock: { [clock] in clock.now })
    }

    /// Runs `body` against the router (no socket), or a live loopback server when `live`.
    func run<T: Sendable>(live: Bool = false, _ body: @Sendable (Client) async throws -> T) async throws -> T {
        let app = Application(router: try server.router())
        return try await app.test(live ? .live : .router) { client in try await body(Client(client: client)) }
    }

    /// A client that sends JSON and the API key.
    struct Client: Sendable {
        let client: any TestClientProtocol

        func send(
            _ method: HTTPRequest.Method, _ path: String, key: String? = TestAPI.keyA, json: String? = nil
        ) async throws -> Reply {
            var headers: HTTPFields = [:]
            if let key, let name = HTTPField.Name("x-api-key") { headers[name] = key }
            if json != nil { headers[.contentType] = "application/json" }
            let response = try await client.execute(
                uri: path, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
            return Reply(status: response.status.code, headers: response.headers, body: Array(buffer: response.body))
        }

        func get(_ path: String, key: String? = TestAPI.keyA) async throws -> Reply {
            try await send(.get, path, key: key)
        }

        func post(_ path: String, key: String? = TestAPI.keyA, json: String? = "{}") async throws -> Reply {
            try await send(.post, path, key: key, json: json)
        }
    }
}

/// A clock tests move by hand.
final class TestClock: Sendable {
    private let value: Mutex<Date>
    init(_ start: Date) { value = Mutex(start) }
    var now: Date { value.withLock { $0 } }
    func advance(_ seconds: TimeInterval) { value.withLock { $0 = $0.addingTimeInterval(seconds) } }
}

/// A response: status, headers, body bytes, and the body as a JSON object.
struct Reply: Sendable {
    let status: Int
    let headers: HTTPFields
    let body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The body parsed as a JSON object (empty when it is not one).
    var json: JSON { JSON(parsing: body) }

    /// The error envelope's `error.message` and `error.code`.
    var errorMessage: String? { json["error"]["message"].string }
    var errorCode: String? { json["error"]["code"].string }
}

let base = WebTasksServer.basePath
