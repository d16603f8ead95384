import CCurl
import Foundation

/// Settings shared by every request an `HTTPClient` sends.
///
/// The defaults suit fetching public HTML pages: generous timeouts, a 32 MiB body cap, ten redirects, TLS
/// verification on. Every limit is enforced by libcurl while the transfer runs, not after it.
public struct HTTPClientConfiguration: Sendable {
    /// Sent as `User-Agent` unless a request sets its own.
    public var userAgent: String
    /// How long to wait for the TCP (and TLS) connection, including name resolution.
    public var connectTimeout: Duration
    /// How long a whole request may take, redirects included.
    public var totalTimeout: Duration
    /// The largest decoded body accepted; a larger one fails with `bodyTooLarge` as soon as it is detected.
    public var maximumBodyBytes: Int
    /// Whether 3xx responses are followed. When `false` the redirect response itself is returned.
    public var followRedirects: Bool
    /// The most redirects followed for one request; one more fails with `tooManyRedirects`.
    public var maximumRedirects: Int
    /// A proxy URL such as `http://proxy:3128` or `socks5h://127.0.0.1:1080`. `nil` means a direct
    /// connection: the `http_proxy` family of environment variables is ignored so a run behaves the same
    /// on every machine (the CLI may read them and pass one here).
    public var proxy: String?
    /// Whether the server certificate and host name are verified. Turn off only for local test servers.
    public var verifyTLS: Bool
    /// Whether to send `Accept-Encoding` for every encoding libcurl can decode (gzip, deflate, br, zstd).
    /// Bodies are always returned decoded.
    public var acceptEncoding: Bool

    /// `wtc libcurl/<version>`: names the tool and the library honestly, without a made-up contact URL.
    public static let defaultUserAgent: String = "wtc " + CurlGlobal.libraryVersion

    /// A configuration; every argument has the default documented on its property.
    public init(
        userAgent: String = HTTPClientConfiguration.defaultUserAgent,
        connectTimeout: Duration = .seconds(10),
        totalTimeout: Duration = .seconds(30),
        maximumBodyBytes: Int = 32 << 20,
        followRedirects: Bool = true,
        maximumRedirects: Int = 10,
        proxy: String? = nil,
        verifyTLS: Bool = true,
        acceptEncoding: Bool = true
    ) {
        self.userAgent = userAgent
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maximumBodyBytes = maximumBodyBytes
        self.followRedirects = followRedirects
        self.maximumRedirects = maximumRedirects
        self.proxy = proxy
        self.verifyTLS = verifyTLS
        self.acceptEncoding = acceptEncoding
    }
}

extension Duration {
    /// Whole milliseconds, rounded up so a positive timeout never becomes 0 (which libcurl reads as "none").
    var curlMilliseconds: Int {
        let (seconds, attoseconds) = components
        guard seconds < Int64(Int32.max) else { return Int(Int32.max) }  // "forever" is about 24 days here
        let millis = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int(max(millis, 1))
    }
}
