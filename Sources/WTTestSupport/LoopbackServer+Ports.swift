import Foundation
import Synchronization

/// Ports for failure tests.
public enum LoopbackPorts {
    /// A port on 127.0.0.1 that refuses every connection, for the rest of the process: a socket is bound to
    /// it and never listens. Closing a listener instead left the port free, and with many suites in
    /// parallel another test's server — or a client's own source port, which makes a connection to
    /// itself — could take it between the close and the connect. The kernel hands out no port a socket
    /// holds, so this one stays refused. (One descriptor per call, kept until the process ends.)
    public static func closedPort() throws -> Int {
        let (fd, port) = try LoopbackSocket.bound()
        reserved.withLock { $0.append(fd) }
        return port
    }

    /// A port on 127.0.0.1 that was free a moment ago, for another process to listen on (`openssl
    /// s_server`). Nothing holds it: use it at once.
    public static func freePort() throws -> Int {
        let (fd, port) = try LoopbackSocket.listen(backlog: 1)
        Glibc.close(fd)
        return port
    }

    private static let reserved = Mutex<[Int32]>([])
}

/// A listening port whose accept queue is already full, so the kernel drops new connection attempts and a
/// client's connect hangs until its own timeout. For connect-timeout tests without a real network.
///
/// With a backlog of 0 Linux queues one connection; two non-blocking filler connections make sure the
/// queue is full. The sockets close when the listener is deinitialised.
public final class StalledListener: Sendable {
    /// The port to connect to.
    public let port: Int
    private let sockets: [Int32]

    /// Listens on 127.0.0.1 and fills the accept queue.
    public init() throws {
        let (listener, port) = try LoopbackSocket.listen(backlog: 0)
        var sockets = [listener]
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        for _ in 0..<2 {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard fd >= 0 else { continue }
            LoopbackSocket.configure(fd)
            _ = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            sockets.append(fd)
        }
        self.port = port
        self.sockets = sockets
    }

    deinit {
        for fd in sockets { Glibc.close(fd) }
    }
}
