import Foundation

/// A request as the loopback server received it.
public struct LoopbackRequest: Sendable {
    /// The method, e.g. `GET`.
    public var method: String
    /// The request target as sent: path and query, e.g. `/redirect?n=3`.
    public var target: String
    /// The path part of the target, percent-decoded.
    public var path: String
    /// The query parameters, decoded as a form would be (`+` is a space).
    public var query: [(String, String)]
    /// `HTTP/1.1` or `HTTP/1.0`.
    public var version: String
    /// The headers in order, names as sent.
    public var headers: [(String, String)]
    /// The body (bounded by the server's limit).
    public var body: Data
    /// Which connection carried it; requests on one kept-alive connection share the number.
    public var connection: Int
    /// The order of arrival, from 0.
    public var sequence: Int
    /// The server that received it, for handlers that wait (`pause`, `arrive`).
    let control: LoopbackControl?

    /// A request built by hand, to test a route's handler without a socket; `path` and `query` are read
    /// from `target`.
    public init(method: String = "GET", target: String, headers: [(String, String)] = [], body: Data = Data()) {
        let head = LoopbackRequestHead(method: method, target: target, version: "HTTP/1.1", headers: headers)
        self.init(head: head, body: body, connection: 0, sequence: 0, control: nil)
    }

    init(head: LoopbackRequestHead, body: Data, connection: Int, sequence: Int, control: LoopbackControl?) {
        method = head.method
        target = head.target
        (path, query) = head.pathAndQuery
        version = head.version
        headers = head.headers
        self.body = body
        self.connection = connection
        self.sequence = sequence
        self.control = control
    }

    /// The first value of the header `name`, compared case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.0.caseInsensitiveCompare(name) == .orderedSame }?.1
    }

    /// The first value of the query parameter `name`.
    public func queryValue(_ name: String) -> String? { query.first { $0.0 == name }?.1 }

    /// An integer query parameter, or `fallback`.
    public func queryInt(_ name: String, default fallback: Int) -> Int {
        queryValue(name).flatMap(Int.init) ?? fallback
    }

    /// Waits up to `duration`, returning early (with `false`) if the server is stopping.
    public func pause(for duration: Duration) -> Bool { control?.pause(for: duration) ?? true }

    /// Waits until `parties` requests have arrived at the barrier `name` (this one included), or until
    /// `timeout`; `true` if all arrived. Lets a test prove that requests are in flight together.
    public func arrive(atBarrier name: String, parties: Int, timeout: Duration) -> Bool {
        control?.barriers.arrive(name, parties: parties, timeout: timeout) ?? false
    }
}

/// What a route answers.
public struct LoopbackResponse: Sendable {
    /// How the body is produced.
    public enum Body: Sendable {
        /// These bytes.
        case data(Data)
        /// `count` copies of `byte`, streamed in chunks and never allocated whole.
        case repeated(UInt8, count: Int)
        /// Each chunk written after `interval`, to trickle a body slowly.
        case chunks([Data], interval: Duration)

        var count: Int {
            switch self {
            case .data(let data): data.count
            case .repeated(_, let count): count
            case .chunks(let chunks, _): chunks.reduce(0) { $0 + $1.count }
            }
        }
    }

    /// The status code.
    public var status: Int
    /// Headers in order. `Content-Length` and `Connection` are added by the server.
    public var headers: [(String, String)]
    /// The body.
    public var body: Body
    /// How long to wait before sending anything (to trip a client's timeout).
    public var delay: Duration
    /// Leaves out `Content-Length` and closes the connection to end the body, as HTTP/1.0 servers did.
    public var omitContentLength: Bool

    /// A response; `200` with an empty body by default.
    public init(
        status: Int = 200, headers: [(String, String)] = [], body: Body = .data(Data()), delay: Duration = .zero,
        omitContentLength: Bool = false
    ) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delay = delay
        self.omitContentLength = omitContentLength
    }

    /// A `text/plain; charset=utf-8` response.
    public static func text(_ text: String, status: Int = 200) -> LoopbackResponse {
        LoopbackResponse(
            status: status, headers: [("Content-Type", "text/plain; charset=utf-8")], body: .data(Data(text.utf8)))
    }

    /// A `text/html; charset=utf-8` response.
    public static func html(_ html: String, status: Int = 200) -> LoopbackResponse {
        LoopbackResponse(
            status: status, headers: [("Content-Type", "text/html; charset=utf-8")], body: .data(Data(html.utf8)))
    }

    /// An `application/json` response.
    public static func json(_ data: Data, status: Int = 200) -> LoopbackResponse {
        LoopbackResponse(status: status, headers: [("Content-Type", "application/json")], body: .data(data))
    }

    /// A redirect to `location` (relative or absolute) with `status` (301, 302, 303, 307 or 308).
    public static func redirect(to location: String, status: Int = 302) -> LoopbackResponse {
        LoopbackResponse(status: status, headers: [("Location", location)], body: .data(Data("redirect\n".utf8)))
    }

    /// `404 Not Found`.
    public static let notFound = LoopbackResponse.text("not found\n", status: 404)
}

/// A route: `method` (any when `nil`) and `path`, exact or, ending in `*`, a prefix.
public struct LoopbackRoute: Sendable {
    /// The method matched, or `nil` for any.
    public var method: String?
    /// The path matched; `/api/*` matches every path starting with `/api/`.
    public var path: String
    /// Produces the response; runs on the connection's thread and may block.
    public var handler: @Sendable (LoopbackRequest) -> LoopbackResponse

    /// A route for `method` (any when `nil`) and `path`.
    public init(
        _ method: String? = nil, _ path: String, handler: @escaping @Sendable (LoopbackRequest) -> LoopbackResponse
    ) {
        self.method = method
        self.path = path
        self.handler = handler
    }

    func matches(_ request: LoopbackRequest) -> Bool {
        if let method, method != request.method { return false }
        if path.hasSuffix("*") { return request.path.hasPrefix(path.dropLast()) }
        return request.path == path
    }
}
