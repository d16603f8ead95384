import Foundation

/// Thin wrappers over the POSIX socket calls the server makes. Every socket is non-blocking and every wait
/// goes through `LoopbackControl.wait`, so no thread can block past a deadline or a stop.
enum LoopbackSocket {
    /// A listening TCP socket on 127.0.0.1 with a port the kernel chose, and that port.
    static func listen(backlog: Int32) throws(LoopbackServerError) -> (fd: Int32, port: Int) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw LoopbackServerError("socket() failed: errno \(errno)") }
        configure(fd)
        var one: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0  // the kernel picks a free port; getsockname tells us which
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, Glibc.listen(fd, backlog) == 0 else {
            let code = errno
            Glibc.close(fd)
            throw LoopbackServerError("bind/listen on 127.0.0.1 failed: errno \(code)")
        }
        return (fd, localPort(fd))
    }

    /// A TCP socket bound to 127.0.0.1 on a port the kernel chose, not listening (so connections to the
    /// port are refused) and without `SO_REUSEADDR` (so no other socket can share the port).
    static func bound() throws(LoopbackServerError) -> (fd: Int32, port: Int) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw LoopbackServerError("socket() failed: errno \(errno)") }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            Glibc.close(fd)
            throw LoopbackServerError("bind on 127.0.0.1 failed: errno \(code)")
        }
        return (fd, localPort(fd))
    }

    static func localPort(_ fd: Int32) -> Int {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Close-on-exec (so spawned browsers do not inherit it), non-blocking, and without Nagle's delay:
    /// otherwise a body written after its head waits for the client's delayed ACK, about 40 ms.
    static func configure(_ fd: Int32) {
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        var one: Int32 = 1
        _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
    }

    enum ReadResult { case bytes(Int), closed, timedOut, stopping }

    /// Reads what is available into `buffer` (appending), waiting until `deadline` for the first byte.
    static func read(
        _ fd: Int32, into buffer: inout [UInt8], control: LoopbackControl, until deadline: ContinuousClock.Instant
    ) -> ReadResult {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                buffer.append(contentsOf: chunk[0..<count])
                return .bytes(count)
            }
            if count == 0 { return .closed }
            guard errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR else { return .closed }
            switch control.wait(for: fd, events: Int16(POLLIN), until: deadline) {
            case .ready: continue
            case .timedOut: return .timedOut
            case .stopping: return .stopping
            }
        }
    }

    /// Writes every byte unless the peer goes away, the deadline passes or the server stops.
    static func write(
        _ fd: Int32, _ bytes: UnsafeRawBufferPointer, control: LoopbackControl, until deadline: ContinuousClock.Instant
    ) -> Bool {
        var offset = 0
        while offset < bytes.count {
            // MSG_NOSIGNAL: a client that hung up must give EPIPE, not kill the test process with SIGPIPE.
            let sent = send(fd, bytes.baseAddress.map { $0 + offset }, bytes.count - offset, Int32(MSG_NOSIGNAL))
            if sent > 0 {
                offset += sent
                continue
            }
            guard sent < 0, errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR else { return false }
            guard control.wait(for: fd, events: Int16(POLLOUT), until: deadline) == .ready else { return false }
        }
        return true
    }
}
