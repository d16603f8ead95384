import CDP
import Foundation
import Glibc

/// Blocking TCP helpers; every read during the handshake has a deadline (SO_RCVTIMEO).
enum Sockets {
    static func connect(host: String, port: Int, timeout: Duration) throws(CDPError) -> Int32 {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let first = list else {
            throw CDPError(.launchFailed("cannot resolve \(host)"))
        }
        defer { freeaddrinfo(list) }
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let info = entry {
            let fd = Glibc.socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
            if fd >= 0 {
                setTimeouts(fd, timeout)
                if Glibc.connect(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 { return fd }
                Glibc.close(fd)
            }
            entry = info.pointee.ai_next
        }
        throw CDPError(
            .launchFailed("cannot connect to \(host):\(port) (is the browser running with --remote-debugging-port?)"))
    }

    static func setTimeouts(_ fd: Int32, _ timeout: Duration) {
        let seconds = timeout.components.seconds
        var tv = timeval(tv_sec: Int(seconds), tv_usec: Int(timeout.components.attoseconds / 1_000_000_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
    }

    /// After the handshake the reader blocks until the browser speaks; calls have their own deadlines.
    static func clearTimeouts(_ fd: Int32) { setTimeouts(fd, .zero) }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return false }
            offset += n
        }
        return true
    }
}

/// The opening handshake (RFC 6455 §4): an HTTP/1.1 Upgrade request, answered by `101`.
enum Handshake {
    /// Returns bytes received after the response header (the start of the first frame, if any).
    static func perform(_ fd: Int32, host: String, port: Int, path: String) throws(CDPError) -> [UInt8] {
        let key = Data((0..<16).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
        let request =
            "GET \(path) HTTP/1.1\r\nHost: \(host):\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: \(key)\r\nSec-WebSocket-Version: 13\r\n\r\n"
        guard Sockets.writeAll(fd, Array(request.utf8)) else {
            throw CDPError(.launchFailed("the browser closed the connection during the WebSocket handshake"))
        }
        var received: [UInt8] = []
        let end: [UInt8] = [13, 10, 13, 10]
        while received.count < 65_536 {
            var chunk = [UInt8](repeating: 0, count: 4096)
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { break }
            received += chunk[0..<n]
            if let range = received.firstRange(of: end) {
                let head = String(decoding: received[..<range.lowerBound], as: UTF8.self)
                guard head.hasPrefix("HTTP/1.1 101") else {
                    let status = head.split(separator: "\r\n").first.map(String.init) ?? head
                    throw CDPError(.launchFailed("the WebSocket upgrade was refused: \(status)"))
                }
                return Array(received[range.upperBound...])
            }
        }
        throw CDPError(.launchFailed("no answer to the WebSocket handshake within the deadline"))
    }
}
