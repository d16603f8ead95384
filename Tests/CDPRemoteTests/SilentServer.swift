import NIOCore
import NIOPosix

/// A server on 127.0.0.1 that accepts connections and never says a word: a TLS or WebSocket handshake
/// against it can only end by the client's deadline or cancellation.
struct SilentServer {
    let channel: any Channel
    var port: Int { channel.localAddress?.port ?? 0 }

    static func start() async throws -> SilentServer {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { $0.eventLoop.makeSucceededVoidFuture() }
            .bind(host: "127.0.0.1", port: 0).get()
        return SilentServer(channel: channel)
    }

    func stop() async {
        try? await channel.close()
    }
}
