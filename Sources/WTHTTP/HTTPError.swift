/// Why a request failed, with a sentence that says what happened and what to try next.
///
/// `description` is that sentence, e.g.
/// `GET http://127.0.0.1:9/ failed: connection refused (is the server running and listening on that port?)`.
public struct HTTPError: Error, Sendable, CustomStringConvertible {
    /// Which part of a request ran out of time.
    public enum TimeoutPhase: Sendable, Equatable {
        /// No connection was made within the connect timeout (or the total timeout, if shorter).
        case connect
        /// Connected, but no response arrived before the total timeout.
        case waitingForResponse
        /// The response started but its body did not finish before the total timeout.
        case receivingBody
    }

    /// The failure, for code that reacts to it.
    public enum Kind: Sendable, Equatable {
        /// Nothing listens on the port (the host answered with a reset).
        case connectionRefused
        /// The host could not be reached for another reason (unreachable network, ...).
        case couldNotConnect
        /// The host name (or the proxy's) did not resolve.
        case couldNotResolve
        /// A timeout expired.
        case timedOut(TimeoutPhase)
        /// A redirect chain was longer than the configured limit.
        case tooManyRedirects(limit: Int)
        /// The body was larger than the configured limit, in bytes.
        case bodyTooLarge(limit: Int)
        /// The TLS handshake or the certificate check failed; the payload is libcurl's detail.
        case tls(String)
        /// The URL could not be parsed, or is not absolute.
        case invalidURL
        /// The URL (or a redirect) uses a scheme other than http or https; the payload is the scheme.
        case unsupportedScheme(String)
        /// A request header has an invalid name or a line break in its value; the payload is the name.
        case invalidHeader(String)
        /// The calling task was cancelled.
        case cancelled
        /// Any other libcurl failure: its `CURLcode` and message.
        case other(code: Int, message: String)
    }

    /// What failed.
    public let kind: Kind
    /// The request method.
    public let method: String
    /// The URL as requested (not the redirect target).
    public let url: String
    /// The full sentence, also returned by `description`.
    public let message: String

    /// An error whose message is built from the catalog, e.g. for a fake fetcher in tests; `detail` is
    /// shown after the kind's first words (`no response: within 2 s (…)`).
    public init(_ kind: Kind, method: String, url: String, detail: String = "") {
        self.kind = kind
        self.method = method
        self.url = url
        self.message = "\(method) \(url) failed: " + Messages.explain(kind, detail: detail)
    }

    /// The sentence, e.g. `GET http://127.0.0.1:9/ failed: connection refused (is the server running…?)`.
    public var description: String { message }
}

extension HTTPError {
    /// The message catalog: one sentence per kind, each saying what to try next.
    enum Messages {
        static func explain(_ kind: Kind, detail: String) -> String {
            switch kind {
            case .connectionRefused: "connection refused (is the server running and listening on that port?)"
            case .couldNotConnect: "could not connect\(suffix(detail)) (check the address and the network)"
            case .couldNotResolve:
                "could not resolve \(detail.isEmpty ? "the host" : detail) (check the host name, DNS and proxy "
                    + "settings)"
            case .timedOut(let phase): timeout(phase, detail: detail)
            case .tooManyRedirects(let limit):
                "more than \(limit) redirects (a redirect loop? raise maximumRedirects if the chain is legitimate)"
            case .bodyTooLarge(let limit):
                "the response body is larger than the limit of \(bytes(limit)) (raise maximumBodyBytes if the "
                    + "resource really is that big)"
            case .tls(let reason):
                "TLS failed: \(reason) (an expired or self-signed certificate? turn verifyTLS off only for a "
                    + "test server)"
            case .invalidURL: "not a valid URL\(suffix(detail)) (give an absolute http:// or https:// URL)"
            case .unsupportedScheme(let scheme): "the scheme '\(scheme)' is not supported (only http and https are)"
            case .invalidHeader(let name):
                "the request header '\(name)' has an invalid name or a line break in its value (remove it)"
            case .cancelled: "the task was cancelled"
            case .other(let code, let message): "\(message) (libcurl error \(code))"
            }
        }

        /// `detail` says how long was waited: `no response within 300 ms (…)`.
        static func timeout(_ phase: TimeoutPhase, detail: String) -> String {
            let waited = detail.isEmpty ? "" : " " + detail
            return switch phase {
            case .connect:
                "no connection\(waited) (the host may be down or dropping packets; raise connectTimeout if it "
                    + "is only slow)"
            case .waitingForResponse:
                "no response\(waited) (the server accepted the connection but did not answer; raise totalTimeout "
                    + "if it is only slow)"
            case .receivingBody:
                "the body did not finish\(waited) (raise totalTimeout for large or slow downloads)"
            }
        }

        private static func suffix(_ detail: String) -> String { detail.isEmpty ? "" : ": " + detail }

        /// `512 bytes`, `64 KiB`, `32 MiB`.
        static func bytes(_ count: Int) -> String {
            if count >= 1 << 20, count % (1 << 20) == 0 { return "\(count >> 20) MiB" }
            if count >= 1 << 10, count % (1 << 10) == 0 { return "\(count >> 10) KiB" }
            return "\(count) bytes"
        }

        /// `300 ms`, `2 s`.
        static func duration(_ value: Duration) -> String {
            let millis = value.curlMilliseconds
            return millis % 1000 == 0 ? "\(millis / 1000) s" : "\(millis) ms"
        }
    }
}
