import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import Synchronization

/// A TLS-terminating proxy on 127.0.0.1, as a hosted browser fleet's gateway: it takes `wss://` with the
/// given certificate, records each request line (so a test can see the query arrived), drops the query
/// (the gateway consumes the token) and forwards everything else in plain text to `upstreamPort`.
final class TLSProxy: Sendable {
    let port: Int
    private let channel: any Channel
    private let requests = RequestLog()

    /// The request lines received so far, e.g. `GET /devtools/browser/…?token=… HTTP/1.1`.
    var requestLines: [String] { requests.lines.withLock { $0 } }

    init(certificate: String, key: String, upstreamPort: Int) async throws {
        let configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: try NIOSSLCertificate.fromPEMFile(certificate).map { .certificate($0) },
            privateKey: .privateKey(try NIOSSLPrivateKey(file: key, format: .pem)))
        let context = try NIOSSLContext(configuration: configuration)
        let record: @Sendable (String) -> Void = { [requests] line in requests.lines.withLock { $0.append(line) } }
        channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { child in
                child.eventLoop.makeCompletedFuture {
                    try child.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: context))
                    try child.pipeline.syncOperations.addHandler(
                        FrontHandler(upstreamPort: upstreamPort, record: record))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        port = channel.localAddress?.port ?? 0
    }

    func stop() async {
        try? await channel.close()
    }
}

/// The request lines seen, shared by the proxy's connections.
private final class RequestLog: Sendable {
    let lines = Mutex<[String]>([])
}

/// The client side of one proxied connection: rewrites the request head, then relays bytes upstream.
private final class FrontHandler: ChannelInboundHandler, @unchecked Sendable {
    // @unchecked: touched only on its channel's event loop (the upstream channel shares that loop).
    typealias InboundIn = ByteBuffer
    private let upstreamPort: Int
    private let record: @Sendable (String) -> Void
    private var head: [UInt8] = []
    private var pending: [ByteBuffer] = []
    private var upstream: (any Channel)?
    private var connecting = false

    init(upstreamPort: Int, record: @escaping @Sendable (String) -> Void) {
        self.upstreamPort = upstreamPort
        self.record = record
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = unwrapInboundIn(data)
        if let upstream {
            upstream.writeAndFlush(buffer, promise: nil)
        } else if connecting {
            pending.append(buffer)
        } else {
            head += buffer.readBytes(length: buffer.readableBytes) ?? []
            guard let end = head.firstRange(of: [13, 10, 13, 10]) else { return }
            let text = String(decoding: head[..<end.lowerBound], as: UTF8.self)
            let rest = ByteBuffer(bytes: head[end.upperBound...])
            connect(context: context, rewritten: rewrite(text), rest: rest)
        }
    }

    /// The head with the query removed from the request target; the original line is recorded.
    private func rewrite(_ head: String) -> ByteBuffer {
        var lines = head.components(separatedBy: "\r\n")
        record(lines[0])
        let words = lines[0].split(separator: " ")
        if words.count == 3, let path = words[1].split(separator: "?").first {
            lines[0] = "\(words[0]) \(path) \(words[2])"
        }
        return ByteBuffer(string: lines.joined(separator: "\r\n") + "\r\n\r\n")
    }

    private func connect(context: ChannelHandlerContext, rewritten: ByteBuffer, rest: ByteBuffer) {
        connecting = true
        pending = [rewritten, rest]
        let front = context.channel
        ClientBootstrap(group: context.eventLoop)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(BackHandler(front: front))
                }
            }
            .connect(host: "127.0.0.1", port: upstreamPort)
            .whenComplete { [self] result in
                switch result {
                case .success(let channel):
                    for buffer in pending { channel.write(buffer, promise: nil) }
                    channel.flush()
                    pending = []
                    upstream = channel
                case .failure:
                    front.close(promise: nil)
                }
            }
    }

    func channelInactive(context: ChannelHandlerContext) {
        upstream?.close(promise: nil)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}

/// The browser side: relays bytes back to the client and closes it when the browser goes away.
private final class BackHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer
    private let front: any Channel

    init(front: any Channel) {
        self.front = front
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        front.writeAndFlush(unwrapInboundIn(data), promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        front.close(promise: nil)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
