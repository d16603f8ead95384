import CDP
import CDPRemote
import CDPWebSocket
import Foundation

/// The one place that picks how to reach a remote browser from its address (`--browser`):
/// `ws://` → the plain-socket `WebSocketTransport`, `wss://` → `RemoteWebSocketTransport` (TLS through
/// swift-websocket and NIOSSL), anything else → a usage error.
public enum BrowserAddress {
    /// Checks `url` without connecting; the thrown error's message says what a browser address looks like.
    /// Commands call it before starting, so a typo is a usage error rather than a failed run.
    public static func check(_ url: String) throws(CDPError) {
        _ = try RemoteEndpoint(url)
    }

    /// Connects to the browser at `url` within `timeout` over the transport its scheme needs.
    public static func transport(_ url: String, timeout: Duration = .seconds(10)) async throws(CDPError)
        -> any CDPTransport
    {
        let endpoint = try RemoteEndpoint(url)
        if endpoint.isSecure {
            return try await RemoteWebSocketTransport.connect(url: url, timeout: timeout)
        }
        return try WebSocketTransport(url: url, timeout: timeout)
    }
}
