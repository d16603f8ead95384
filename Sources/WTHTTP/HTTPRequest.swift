import Foundation

/// An HTTP request method. Any token is allowed; the common ones have names.
///
/// Methods other than GET, HEAD and POST are sent with CURLOPT_CUSTOMREQUEST, which libcurl repeats on
/// every redirect: a `PUT` answered with 303 is followed with a `PUT`, where a browser would send a `GET`.
public struct HTTPMethod: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The method as sent on the request line, e.g. `GET`.
    public var rawValue: String

    /// A method from its name, e.g. `HTTPMethod(rawValue: "PROPFIND")`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `GET`.
    public static let get = HTTPMethod(rawValue: "GET")
    /// `POST`: 301, 302 and 303 redirects turn it into a body-less `GET`, as browsers do; 307 and 308 keep it.
    /// (A `json` or `raw` body's `Content-Type` is still sent on that `GET`; only a form's is dropped.)
    public static let post = HTTPMethod(rawValue: "POST")
    /// `HEAD`: the response has headers only.
    public static let head = HTTPMethod(rawValue: "HEAD")
    /// `PUT`.
    public static let put = HTTPMethod(rawValue: "PUT")
    /// `PATCH`.
    public static let patch = HTTPMethod(rawValue: "PATCH")
    /// `DELETE`.
    public static let delete = HTTPMethod(rawValue: "DELETE")

    /// The method name.
    public var description: String { rawValue }
}

/// A request body and the `Content-Type` it implies.
public enum HTTPBody: Sendable {
    /// `application/x-www-form-urlencoded`, encoded as a browser submits a form (see `formURLEncoded`).
    case form([(String, String)])
    /// `application/json`; the bytes are sent as given.
    case json(Data)
    /// Any other payload with its media type.
    case raw(Data, contentType: String)

    /// The bytes on the wire.
    public var data: Data {
        switch self {
        case .form(let fields): Data(HTTPBody.formURLEncoded(fields).utf8)
        case .json(let data), .raw(let data, _): data
        }
    }

    /// The value of the `Content-Type` header sent with the body.
    public var contentType: String {
        switch self {
        case .form: "application/x-www-form-urlencoded"
        case .json: "application/json"
        case .raw(_, let contentType): contentType
        }
    }
}

/// One request: a method, an absolute `http` or `https` URL, extra headers and an optional body.
public struct HTTPRequest: Sendable {
    /// The method; a body with `GET` or `HEAD` is sent as given, which few servers expect.
    public var method: HTTPMethod
    /// An absolute `http://` or `https://` URL.
    public var url: String
    /// Extra headers, sent in order after libcurl's own. A header with the same name as one libcurl
    /// sends (`User-Agent`, `Accept`, `Content-Type`, `Cookie`…) replaces it; an empty value sends the
    /// header empty.
    public var headers: [(String, String)]
    /// The body; it also sets `Content-Type` unless `headers` names one.
    public var body: HTTPBody?

    /// A request; `GET` without headers or body by default.
    public init(method: HTTPMethod = .get, url: String, headers: [(String, String)] = [], body: HTTPBody? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// A `GET` of `url`.
    public static func get(_ url: String, headers: [(String, String)] = []) -> HTTPRequest {
        HTTPRequest(method: .get, url: url, headers: headers)
    }

    /// A `POST` of `body` to `url`.
    public static func post(_ url: String, body: HTTPBody, headers: [(String, String)] = []) -> HTTPRequest {
        HTTPRequest(method: .post, url: url, headers: headers, body: body)
    }
}
