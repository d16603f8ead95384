import Foundation

/// Moves whole DevTools messages (UTF-8 JSON, one object each) between this process and a browser.
///
/// `PipeTransport` talks to a browser this process started (`--remote-debugging-pipe`); a WebSocket
/// transport that attaches to a running browser can conform too, and `CDPConnection` works with either.
public protocol CDPTransport: Sendable {
    /// Sends one message. Safe to call from any thread; messages from concurrent callers never interleave.
    func send(_ message: Data) throws(CDPError)

    /// Starts delivering messages. `onMessage` is called once per message, in arrival order, on a thread
    /// the transport owns; `onClose` is called exactly once, last, with a reason, when the other side goes away
    /// or `close()` is called. Call `start` once.
    func start(onMessage: @escaping @Sendable (Data) -> Void, onClose: @escaping @Sendable (String) -> Void)

    /// Closes the connection; `onClose` follows. Calling it again does nothing.
    func close()
}
