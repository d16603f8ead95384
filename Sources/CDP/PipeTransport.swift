import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The `--remote-debugging-pipe` transport: NUL-terminated JSON over the socket whose other end the
/// browser has as fds 3 (it reads) and 4 (it writes).
///
/// A socket pair rather than two pipes: it is created close-on-exec in one call (no window in which a
/// concurrent spawn elsewhere in the process could inherit it), `send(MSG_NOSIGNAL)` cannot raise SIGPIPE
/// when the browser is gone, and `shutdown` wakes the blocked reader. Reading happens on a dedicated thread
/// because `read` blocks and the cooperative pool may have only two threads.
public final class PipeTransport: CDPTransport {
    private struct State {
        /// `nil` once closed; writes and the final `close(2)` happen under the lock, so a write can never
        /// hit a reused descriptor number.
        var fd: Int32?
        var started = false
    }

    private let state: Mutex<State>

    /// Takes ownership of `socket`, one end of a connected `AF_UNIX` stream socket pair.
    init(socket: Int32) {
        state = Mutex(State(fd: socket))
    }

    public func send(_ message: Data) throws(CDPError) {
        var framed = message
        framed.append(0)
        let outcome: Result<Void, CDPError> = state.withLock { state in
            guard let fd = state.fd else { return .failure(.browserClosed(lastLogLines: [], reason: "pipe closed")) }
            return framed.withUnsafeBytes { raw in Result { () throws(CDPError) in try Self.writeAll(fd: fd, raw) } }
        }
        try outcome.get()
    }

    public func start(
        onMessage: @escaping @Sendable (Data) -> Void, onClose: @escaping @Sendable (String) -> Void
    ) {
        let fd: Int32? = state.withLock { state in
            guard !state.started else { return nil }
            state.started = true
            return state.fd
        }
        guard let fd else {
            onClose("the transport was already closed")
            return
        }
        let thread = Thread { [self] in
            let reason = Self.readMessages(fd: fd, onMessage: onMessage)
            state.withLock { state in
                if let open = state.fd { Glibc.close(open) }
                state.fd = nil
            }
            onClose(reason)
        }
        thread.name = "CDP pipe reader"
        thread.start()
    }

    public func close() {
        state.withLock { state in
            guard let fd = state.fd else { return }
            if state.started {
                // The reader wakes up with end-of-file and closes the descriptor itself.
                shutdown(fd, Int32(SHUT_RDWR))
            } else {
                Glibc.close(fd)
                state.fd = nil
            }
        }
    }

    /// The socket's identity while open (`socket:[inode]`, as `/proc/self/fd` links show it), so a test can
    /// tell this descriptor from any other the process opens meanwhile.
    var socketIdentity: String? {
        state.withLock { state in
            guard let fd = state.fd else { return nil }
            var info = stat()
            return fstat(fd, &info) == 0 ? "socket:[\(info.st_ino)]" : nil
        }
    }

    /// Ends the stream towards the browser only, as if this process had died: Chromium sees end-of-file
    /// on fd 3 and exits by itself. Tests use it to prove that behaviour.
    func closeBrowserInput() {
        state.withLock { state in
            if let fd = state.fd { shutdown(fd, Int32(SHUT_WR)) }
        }
    }

    private static func writeAll(fd: Int32, _ raw: UnsafeRawBufferPointer) throws(CDPError) {
        guard var base = raw.baseAddress else { return }
        var left = raw.count
        while left > 0 {
            let written = Glibc.send(fd, base, left, Int32(MSG_NOSIGNAL))
            if written < 0 {
                if errno == EINTR { continue }
                let why = String(cString: strerror(errno))
                throw CDPError.browserClosed(lastLogLines: [], reason: "writing to the pipe failed: \(why)")
            }
            base += written
            left -= written
        }
    }

    /// Blocks reading until end-of-file or an error and hands each complete message to `onMessage`;
    /// returns why it stopped.
    private static func readMessages(fd: Int32, onMessage: (Data) -> Void) -> String {
        let capacity = 1 << 16
        let chunk = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 1)
        defer { chunk.deallocate() }
        var pending = Data()
        while true {
            let count = read(fd, chunk, capacity)
            if count == 0 { return "the browser closed the pipe" }
            if count < 0 {
                if errno == EINTR { continue }
                return "reading the pipe failed: " + String(cString: strerror(errno))
            }
            var start = 0
            // memchr, not a Swift loop: a 5 MB screenshot must not be scanned byte by byte in debug builds.
            while let hit = memchr(chunk + start, 0, count - start) {
                let end = chunk.distance(to: hit)
                pending.append(chunk.assumingMemoryBound(to: UInt8.self) + start, count: end - start)
                onMessage(pending)
                pending = Data()
                start = end + 1
            }
            pending.append(chunk.assumingMemoryBound(to: UInt8.self) + start, count: count - start)
        }
    }
}
