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

    /// Connects to the browser at `url` over the transport its scheme needs, within `timeout` (by default
    /// each transport's own: 10 s for `ws://`, 30 s for `wss://`, where a fleet may start a browser first).
    public static func transport(_ url: String, timeout: Duration? = nil) async throws(CDPError)
        -> any CDPTransport
    {
        let endpoint = try RemoteEndpoint(url)
        if endpoint.isSecure {
            return try await RemoteWebSocketTransport.connect(url: url, timeout: timeout ?? .seconds(30))
        }
        return try WebSocketTransport(url: url, timeout: timeout ?? .seconds(10))
    }
}
