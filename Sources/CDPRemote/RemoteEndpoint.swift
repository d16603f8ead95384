import CDP
import Foundation

/// A remote browser's DevTools address (`ws://…` or `wss://…`), checked before any connection is made.
///
/// Hosted browser fleets put access tokens in the query (`wss://fleet.example/?token=…`): the full URL is
/// sent to the server as it is, but `redacted` — the only form that appears in messages — stops at the port.
public struct RemoteEndpoint: Sendable, Equatable {
    /// `ws` or `wss`.
    public let scheme: String
    /// The host name (or, for `ws://`, an IP address).
    public let host: String
    /// The port, or the scheme's default (80 or 443).
    public let port: Int
    /// The URL exactly as given, query included.
    public let url: String

    /// Whether the connection is wrapped in TLS.
    public var isSecure: Bool { scheme == "wss" }

    /// `wss://fleet.example:443`: what messages name; no path, no query, no credentials.
    public var redacted: String { "\(scheme)://\(host):\(port)" }

    /// Parses `url`, or throws a usage error that says what a browser URL looks like.
    public init(_ url: String) throws(CDPError) {
        guard let parts = URLComponents(string: url), let scheme = parts.scheme?.lowercased() else {
            throw CDPError(.launchFailed(RemoteMessages.notAURL))
        }
        guard scheme == "ws" || scheme == "wss" else {
            throw CDPError(.launchFailed(RemoteMessages.badScheme(scheme)))
        }
        guard let host = parts.host, !host.isEmpty else {
            throw CDPError(.launchFailed(RemoteMessages.noHost(scheme)))
        }
        // TLS checks the certificate against the name sent in SNI, and an IP address cannot be sent there.
        if scheme == "wss", Self.isIPAddress(host) {
            throw CDPError(.launchFailed(RemoteMessages.ipAddressWithTLS(host)))
        }
        if let port = parts.port, !(1...65_535).contains(port) {
            throw CDPError(.launchFailed(RemoteMessages.badPort(port)))
        }
        self.scheme = scheme
        self.host = host
        self.port = parts.port ?? (scheme == "wss" ? 443 : 80)
        self.url = url
    }

    /// Whether `host` is an IPv4 or IPv6 literal rather than a name.
    static func isIPAddress(_ host: String) -> Bool {
        var v4 = in_addr()
        var v6 = in6_addr()
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return inet_pton(AF_INET, bare, &v4) == 1 || inet_pton(AF_INET6, bare, &v6) == 1
    }
}
