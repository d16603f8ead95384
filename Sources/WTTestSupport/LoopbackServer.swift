import Foundation
import Synchronization

/// A real HTTP/1.1 server on 127.0.0.1 for tests and sample sites: static files from `root` plus
/// programmable routes, on a port the kernel picks.
///
/// One thread accepts and one thread serves each connection (with keep-alive). Every read has a deadline,
/// request heads and bodies are bounded, and `stop()` wakes every thread, closes every socket and joins
/// the threads before it returns. Prefer `withLoopbackServer`, which always stops the server.
///
/// ```swift
/// try await withLoopbackServer(routes: LoopbackRoute.testRoutes) { server in
///     let page = try await client.send(.get(server.url("/redirect?n=3")))
/// }
/// ```
public final class LoopbackServer: Sendable {
    /// Limits and deadlines; the defaults suit tests.
    public struct Limits: Sendable {
        /// The largest request line plus headers; more gets `431`.
        public var maximumHeadBytes = 64 * 1024
        /// The largest request body; more gets `413`.
        public var maximumBodyBytes = 16 << 20
        /// How long a started request may take to arrive completely.
        public var readTimeout: Duration = .seconds(5)
        /// How long a kept-alive connection may sit idle before the server closes it. Long, because a test
        /// process running hundreds of tests in parallel can leave a task unscheduled for many seconds.
        public var idleTimeout: Duration = .seconds(120)
        /// How long writing one response may take.
        public var writeTimeout: Duration = .seconds(30)

        /// The default limits.
        public init() {}
    }

    struct State {
        var listener: Int32 = -1
        var port = 0
        var started = false
        var log: [LoopbackRequest] = []
        var openConnections: Set<Int32> = []
        var nextConnection = 0
        var inFlight = 0
        var peakInFlight = 0
        var bytesSent = 0
    }

    /// The folder static files are served from, if any.
    public let root: URL?
    let routes: [LoopbackRoute]
    let limits: Limits
    let state = Mutex(State())
    let threads = LoopbackThreads()
    let control: LoopbackControl

    /// A stopped server; call `start()` (or use `withLoopbackServer`).
    public init(root: URL? = nil, routes: [LoopbackRoute] = [], limits: Limits = Limits()) throws {
        self.root = root
        self.routes = routes
        self.limits = limits
        control = try LoopbackControl()
    }

    deinit { stop() }

    /// The port, once started.
    public var port: Int { state.withLock { $0.port } }

    /// `http://127.0.0.1:<port>`.
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// The absolute URL of `path` (which starts with `/`).
    public func url(_ path: String) -> String { baseURL + path }

    /// Every request received so far, in order of arrival.
    public var requests: [LoopbackRequest] { state.withLock { $0.log } }

    /// The most requests that were being handled at the same moment.
    public var peakConcurrentRequests: Int { state.withLock { $0.peakInFlight } }

    /// Bytes of responses written so far (headers included).
    public var bytesSent: Int { state.withLock { $0.bytesSent } }

    /// Threads started and not yet joined (0 after `stop()`).
    public var liveThreads: Int { threads.count }

    /// Binds 127.0.0.1 on a free port and starts accepting. Fails if already started; a stopped server
    /// cannot be started again.
    public func start() throws {
        guard !control.isStopping else { throw LoopbackServerError("the server was stopped") }
        let (fd, port) = try LoopbackSocket.listen(backlog: 128)
        let claimed = state.withLock { state in
            guard !state.started else { return false }
            state.started = true
            state.listener = fd
            state.port = port
            return true
        }
        guard claimed else {
            Glibc.close(fd)
            throw LoopbackServerError("the server was already started")
        }
        guard threads.spawn({ [self] in acceptLoop(fd) }) else {
            stop()
            throw LoopbackServerError("could not start the accept thread")
        }
    }

    /// Stops accepting, wakes and joins every thread, and closes every socket. Safe to call twice.
    public func stop() {
        control.signalStop()
        threads.joinAll()
        let (listener, leftovers) = state.withLock { state in
            defer {
                state.listener = -1
                state.openConnections.removeAll()
            }
            return (state.listener, state.openConnections)
        }
        if listener >= 0 { Glibc.close(listener) }
        for fd in leftovers { Glibc.close(fd) }
    }

    private func acceptLoop(_ listener: Int32) {
        while true {
            switch control.wait(for: listener, events: Int16(POLLIN), until: .now + .seconds(60)) {
            case .ready: break
            case .timedOut: continue
            case .stopping: return
            }
            threads.reapFinished()
            let fd = accept(listener, nil, nil)
            guard fd >= 0 else { continue }
            LoopbackSocket.configure(fd)
            let id = state.withLock { state in
                state.openConnections.insert(fd)
                defer { state.nextConnection += 1 }
                return state.nextConnection
            }
            if !threads.spawn({ [self] in serve(fd, connection: id) }) { closeConnection(fd) }
        }
    }

    func closeConnection(_ fd: Int32) {
        let owned = state.withLock { $0.openConnections.remove(fd) != nil }
        if owned { Glibc.close(fd) }
    }
}

/// Runs `body` with a started server and stops it (joining its threads) on every path out.
public func withLoopbackServer<T>(
    root: URL? = nil, routes: [LoopbackRoute] = [], limits: LoopbackServer.Limits = LoopbackServer.Limits(),
    _ body: (LoopbackServer) async throws -> T
) async throws -> T {
    let server = try LoopbackServer(root: root, routes: routes, limits: limits)
    try server.start()
    do {
        let result = try await body(server)
        server.stop()
        return result
    } catch {
        server.stop()
        throw error
    }
}
