import CDP
import Foundation
import Logging
import NIOCore
import NIOSSL
import Synchronization
import WSClient

/// A `CDPTransport` over swift-websocket, for browsers that run elsewhere: `wss://` (hosted fleets speak
/// TLS) and `ws://`. Same contract as the plain-socket `WebSocketTransport`: `connect` has a deadline and
/// throws errors that name the host and the reason; calls after the connection ends fail; `onClose` says
/// why it ended.
///
/// The client runs the connection as one task: the handler it calls pumps outgoing messages from `send`
/// and delivers incoming ones, and the connection ends when that handler returns.
public final class RemoteWebSocketTransport: CDPTransport, Sendable {
    /// The callbacks `start` hands over.
    struct Handlers: Sendable {
        let onMessage: @Sendable (Data) -> Void
        let onClose: @Sendable (String) -> Void
    }

    struct State {
        var handlers: Handlers?
        var endReason: String?
        var closeDelivered = false
        var closedByUs = false
        var task: Task<Void, Never>?
    }

    /// Messages larger than this end the connection (a broken or hostile peer); as the plain transport.
    static let maximumMessage = 256 << 20

    /// Where the connection goes; messages name only `endpoint.redacted` or the host.
    public let endpoint: RemoteEndpoint
    private let outgoing = AsyncStream<Data>.makeStream()
    private let started = AsyncStream<Handlers>.makeStream()
    private let state = Mutex(State())

    private init(endpoint: RemoteEndpoint) {
        self.endpoint = endpoint
    }

    /// Connects to `url` and completes the TLS and WebSocket handshakes within `timeout`. A bad URL, an
    /// unusable CA file, an unreachable host, a failed TLS handshake or a refused upgrade each throw a
    /// `CDPError` that says which; the URL's query is sent but never appears in a message.
    public static func connect(
        url: String, timeout: Duration = .seconds(30), trust: RemoteTrust = .fromEnvironment()
    ) async throws(CDPError) -> RemoteWebSocketTransport {
        let endpoint = try RemoteEndpoint(url)
        let tls = try endpoint.isSecure ? trust.tlsConfiguration() : nil
        let transport = RemoteWebSocketTransport(endpoint: endpoint)
        let connected = AsyncStream<Result<Void, CDPError>>.makeStream()
        let task = Task { await transport.run(tls: tls, connected: connected.continuation) }
        transport.state.withLock { $0.task = task }
        let outcome = await RemoteDeadline.first(of: connected.stream, within: timeout) {
            CDPError(.launchFailed(RemoteMessages.noAnswer(endpoint, timeout)))
        }
        if case .failure(let error) = outcome {
            transport.close()
            throw error
        }
        return transport
    }

    public func send(_ message: Data) throws(CDPError) {
        let open = state.withLock { $0.endReason == nil && !$0.closedByUs }
        guard open, case .enqueued = outgoing.continuation.yield(message) else {
            throw CDPError.browserClosed(lastLogLines: [], reason: RemoteMessages.sendOnClosed)
        }
    }

    public func start(onMessage: @escaping @Sendable (Data) -> Void, onClose: @escaping @Sendable (String) -> Void) {
        let handlers = Handlers(onMessage: onMessage, onClose: onClose)
        let endedAlready: String? = state.withLock { state in
            state.handlers = handlers
            guard let reason = state.endReason, !state.closeDelivered else { return nil }
            state.closeDelivered = true
            return reason
        }
        if let endedAlready {
            onClose(endedAlready)
            return
        }
        started.continuation.yield(handlers)
        started.continuation.finish()
    }

    public func close() {
        let task: Task<Void, Never>? = state.withLock { state in
            guard !state.closedByUs else { return nil }
            state.closedByUs = true
            return state.task
        }
        outgoing.continuation.finish()
        started.continuation.finish()
        // Cancelling the client's task closes the channel's input, which ends the reader on every path.
        task?.cancel()
    }

    /// The whole life of the connection; reports the handshake's outcome on `connected`, then the end.
    private func run(tls: TLSConfiguration?, connected: AsyncStream<Result<Void, CDPError>>.Continuation) async {
        var configuration = WebSocketClientConfiguration(
            maxFrameSize: Self.maximumMessage, closeTimeout: .seconds(2))
        configuration.ignoreUncleanSSLShutdownErrors = true
        let client = WebSocketClient(
            url: endpoint.url, configuration: configuration, tlsConfiguration: tls, logger: Self.silent
        ) { inbound, outbound, _ in
            connected.yield(.success(()))
            let reason = await self.pump(inbound: inbound, outbound: outbound)
            self.state.withLock { $0.endReason = $0.endReason ?? reason }
        }
        var reason: String
        do {
            try await client.run()
            reason = state.withLock { $0.closedByUs } ? RemoteMessages.closedByUs : RemoteMessages.closedByPeer
        } catch {
            let described = RemoteFailure.describe(error, endpoint: endpoint)
            connected.yield(.failure(CDPError(.launchFailed(described))))
            reason = described
        }
        connected.finish()
        finish(reason)
    }

    /// Waits for `start`, then moves messages both ways until either side stops; returns why.
    private func pump(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter) async -> String {
        var handlers: Handlers?
        for await given in started.stream {
            handlers = given
            break
        }
        guard let handlers else { return RemoteMessages.closedByUs }
        let outgoing = self.outgoing.stream
        return await withTaskGroup(of: String.self) { group in
            group.addTask {
                do {
                    for await message in outgoing {
                        try await outbound.write(.text(String(decoding: message, as: UTF8.self)))
                    }
                    return RemoteMessages.closedByUs
                } catch {
                    return RemoteMessages.failed(self.endpoint, "\(error)")
                }
            }
            group.addTask {
                do {
                    for try await message in inbound.messages(maxSize: Self.maximumMessage) {
                        switch message {
                        case .text(let text): handlers.onMessage(Data(text.utf8))
                        case .binary(let buffer): handlers.onMessage(Data(buffer.readableBytesView))
                        }
                    }
                    return RemoteMessages.closedByPeer
                } catch {
                    return RemoteMessages.failed(self.endpoint, "\(error)")
                }
            }
            let first = await group.next() ?? RemoteMessages.closedByPeer
            group.cancelAll()
            return first
        }
    }

    /// Records why the connection ended and tells `onClose`, exactly once, if `start` was called.
    private func finish(_ fallback: String) {
        outgoing.continuation.finish()
        let deliver: (Handlers, String)? = state.withLock { state in
            let reason = state.endReason ?? fallback
            state.endReason = reason
            guard let handlers = state.handlers, !state.closeDelivered else { return nil }
            state.closeDelivered = true
            return (handlers, reason)
        }
        if let (handlers, reason) = deliver { handlers.onClose(reason) }
    }

    /// The client logs nothing: its messages could carry the URL's query.
    private static let silent = Logger(label: "wtc.cdp-remote", factory: { _ in SwiftLogNoOpLogHandler() })
}
