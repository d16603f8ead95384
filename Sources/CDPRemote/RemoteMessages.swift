import CDP
import Foundation

/// The sentences of CDPRemote's errors, in one place. None of them contains a URL's path or query: fleets
/// put tokens there, and these sentences end up in logs and task errors.
enum RemoteMessages {
    static let notAURL =
        "the browser address is not a URL (expected ws://host:port/devtools/browser/… or wss://host/…)"

    static func badScheme(_ scheme: String) -> String {
        "the browser address must start with ws:// or wss://, not \(scheme):// "
            + "(ws://host:port/devtools/browser/… for a browser started with --remote-debugging-port)"
    }

    static func noHost(_ scheme: String) -> String { "the browser address \(scheme):// names no host" }

    static func badPort(_ port: Int) -> String { "the browser address has port \(port), outside 1-65535" }

    static func ipAddressWithTLS(_ host: String) -> String {
        "wss:// needs the browser host's name, not the address \(host): TLS checks the certificate against "
            + "the name (use the name the certificate was issued for, e.g. wss://localhost:PORT/…)"
    }

    static func unreadableCA(_ path: String, _ why: String) -> String {
        "\(RemoteTrust.variable)=\(path): the CA file cannot be used: \(why) (expected PEM certificates)"
    }

    static func tlsFailed(_ endpoint: RemoteEndpoint, _ why: String) -> String {
        "the TLS handshake with \(endpoint.host):\(endpoint.port) failed: \(why) (is the certificate valid and "
            + "issued for \(endpoint.host)? for a self-hosted fleet set \(RemoteTrust.variable) to its CA's PEM file)"
    }

    static func resetDuringTLS(_ why: String) -> String {
        "the server ended the connection (\(why)); does it speak TLS on that port?"
    }

    static func unreachable(_ endpoint: RemoteEndpoint, _ why: String) -> String {
        "cannot connect to \(endpoint.redacted): \(why) (is the remote browser running and reachable?)"
    }

    static func upgradeRefused(_ endpoint: RemoteEndpoint) -> String {
        "\(endpoint.redacted) refused the WebSocket upgrade (is the path a DevTools browser URL, "
            + "and is its token still valid?)"
    }

    static func noAnswer(_ endpoint: RemoteEndpoint, _ timeout: Duration) -> String {
        "no WebSocket connection to \(endpoint.redacted) within \(timeout) (a firewall, a wrong port, or a "
            + "server that does not speak TLS/WebSocket there?)"
    }

    static func failed(_ endpoint: RemoteEndpoint, _ why: String) -> String {
        "the WebSocket to \(endpoint.redacted) failed: \(why)"
    }

    static let connecting = "connecting to the remote browser"
    static let endedInHandshake = "the connection to the remote browser ended during the handshake"
    static let closedByUs = "the connection to the remote browser was closed by wtc"
    static let closedByPeer = "the remote browser closed the WebSocket"
    static let sendOnClosed = "the WebSocket to the remote browser is closed"
}
