import CDP
import Foundation
import Glibc
import Synchronization

/// A `CDPTransport` over a WebSocket (RFC 6455, `ws://` only), for attaching to a browser that is already
/// running elsewhere — a pool of remote browsers started with `--remote-debugging-port`. It is written on
/// plain sockets so the pipe path and this one build without NIO. TLS (`wss://`) is CDPRemote's
/// `RemoteWebSocketTransport` (swift-websocket with NIOSSL); WTEngine's `BrowserAddress` picks between them.
public final class WebSocketTransport: CDPTransport, Sendable {
    private let socket: Int32
    private let writeLock = Mutex(())
    private let closed = Mutex(false)
    /// Bytes read after the handshake's header, which belong to the first frames.
    private let leftover: [UInt8]

    /// Connects and completes the opening handshake within `timeout`.
    public init(url: String, timeout: Duration = .seconds(10)) throws(CDPError) {
        guard let parts = WebSocketURL(url) else {
            throw CDPError(.launchFailed("not a ws:// URL: \(url) (wss:// is not supported)"))
        }
        let fd = try Sockets.connect(host: parts.host, port: parts.port, timeout: timeout)
        do {
            leftover = try Handshake.perform(fd, host: parts.host, port: parts.port, path: parts.path)
        } catch {
            Glibc.close(fd)
            throw error
        }
        socket = fd
        Sockets.clearTimeouts(fd)
    }

    public func send(_ message: Data) throws(CDPError) {
        let frame = Frames.encode(text: message)
        let ok = writeLock.withLock { _ in Sockets.writeAll(socket, frame) }
        if !ok { throw CDPError.browserClosed(lastLogLines: [], reason: "the WebSocket to the browser is closed") }
    }

    public func start(onMessage: @escaping @Sendable (Data) -> Void, onClose: @escaping @Sendable (String) -> Void) {
        let reader = FrameReader(socket: socket, buffered: leftover)
        let thread = Thread { [self] in
            let reason = reader.run(onMessage: onMessage) { pong in
                _ = self.writeLock.withLock { _ in
                    Sockets.writeAll(self.socket, Frames.encode(opcode: 0xA, payload: pong))
                }
            }
            self.close()
            onClose(reason)
        }
        thread.name = "wtc-cdp-websocket"
        thread.start()
    }

    public func close() {
        let first = closed.withLock { closed in
            defer { closed = true }
            return !closed
        }
        guard first else { return }
        _ = writeLock.withLock { _ in Sockets.writeAll(socket, Frames.encode(opcode: 0x8, payload: [0x03, 0xE8])) }
        shutdown(socket, Int32(SHUT_RDWR))
        Glibc.close(socket)
    }
}

/// `ws://host:port/path` taken apart.
struct WebSocketURL {
    var host: String
    var port: Int
    var path: String

    init?(_ text: String) {
        guard let url = URL(string: text), url.scheme == "ws", let host = url.host else { return nil }
        self.host = host
        self.port = url.port ?? 80
        let query = url.query.map { "?\($0)" } ?? ""
        self.path = (url.path.isEmpty ? "/" : url.path) + query
    }
}
