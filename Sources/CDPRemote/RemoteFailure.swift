import CDP
import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import WSClient

/// Turns what swift-websocket, NIO and NIOSSL throw into one sentence naming the host and the reason.
enum RemoteFailure {
    static func describe(_ error: any Error, endpoint: RemoteEndpoint) -> String {
        switch error {
        case let error as NIOSSLError: return RemoteMessages.tlsFailed(endpoint, tlsReason(error))
        case let error as BoringSSLError: return RemoteMessages.tlsFailed(endpoint, "\(error)")
        case let error as NIOSSLExtraError: return RemoteMessages.tlsFailed(endpoint, "\(error)")
        case let error as WebSocketClientError where error == .webSocketUpgradeFailed:
            return RemoteMessages.upgradeRefused(endpoint)
        case let error as WebSocketClientError: return RemoteMessages.failed(endpoint, error.description)
        case let error as NIOConnectionError: return RemoteMessages.unreachable(endpoint, connectionReason(error))
        // Connecting throws NIOConnectionError, so an IOError comes after: during the handshakes. On wss:// a
        // reset there is most often a port that does not speak TLS (a plain DevTools port answers a
        // ClientHello by resetting).
        case let error as IOError where endpoint.isSecure:
            return RemoteMessages.tlsFailed(endpoint, RemoteMessages.resetDuringTLS(error.description))
        case let error as IOError: return RemoteMessages.failed(endpoint, error.description)
        case ChannelError.connectTimeout: return RemoteMessages.unreachable(endpoint, "the connection timed out")
        default: return RemoteMessages.failed(endpoint, "\(error)")
        }
    }

    /// BoringSSL's reason code (`CERTIFICATE_VERIFY_FAILED`, `WRONG_VERSION_NUMBER`, …) rather than the
    /// whole nested error, when there is one.
    static func tlsReason(_ error: NIOSSLError) -> String {
        guard case .handshakeFailed(let inner) = error else { return "\(error)" }
        let text = "\(inner)"
        let codes = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" })
            .filter { $0.count > 6 && $0.contains("_") && $0 == $0.uppercased() }
        guard let reason = codes.last else { return text }
        switch reason {
        case "CERTIFICATE_VERIFY_FAILED": return "the server's certificate is not trusted (CERTIFICATE_VERIFY_FAILED)"
        case "WRONG_VERSION_NUMBER": return "the server does not speak TLS on that port (WRONG_VERSION_NUMBER)"
        default: return String(reason)
        }
    }

    /// The first underlying reason of a failed connect (refused, unreachable, no address).
    static func connectionReason(_ error: NIOConnectionError) -> String {
        if let dns = error.dnsAAAAError ?? error.dnsAError { return "cannot resolve the host (\(dns))" }
        if let first = error.connectionErrors.first { return "\(first.error)" }
        return "no address to connect to"
    }
}

/// Waits for the first result on a stream, with a deadline.
enum RemoteDeadline {
    /// The stream's first element; `timedOut()` if none arrives within `timeout`; a failure if the stream
    /// ends empty or the waiting task is cancelled.
    static func first(
        of stream: AsyncStream<Result<Void, CDPError>>, within timeout: Duration,
        timedOut: @escaping @Sendable () -> CDPError
    ) async -> Result<Void, CDPError> {
        await withTaskGroup(of: Result<Void, CDPError>.self) { group in
            group.addTask {
                for await outcome in stream { return outcome }
                if Task.isCancelled { return .failure(CDPError(.cancelled(method: RemoteMessages.connecting))) }
                return .failure(CDPError(.launchFailed(RemoteMessages.endedInHandshake)))
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                if Task.isCancelled { return .failure(CDPError(.cancelled(method: RemoteMessages.connecting))) }
                return .failure(timedOut())
            }
            let first = await group.next() ?? .failure(timedOut())
            group.cancelAll()
            return first
        }
    }
}
