import Foundation
import Synchronization

/// Ids, pending calls and event routing over one transport.
///
/// The transport's reader thread resolves pending calls directly (no actor hop, and replies keep their
/// order). Each call has a deadline; when the transport closes, every pending call fails with the error
/// `describeClose` builds (for a launched browser: how it exited and its last log lines), and every event
/// stream ends.
public final class CDPConnection: Sendable {
    typealias Reply = Result<Data, CDPError>

    struct Pending {
        var method: String
        var sessionID: String?
        var reply: OneShot<Reply>
        var timer: DeadlineTimer?
    }

    struct Subscriber {
        var method: String
        var sessionID: String?
        var deliver: @Sendable (Data) -> Void
        var finish: @Sendable () -> Void
    }

    struct State {
        var nextID = 1
        var pending: [Int: Pending] = [:]
        var nextSubscriber = 1
        var subscribers: [Int: Subscriber] = [:]
        var closed: CDPError?
    }

    let transport: any CDPTransport
    let state = Mutex(State())
    private let describeClose: @Sendable (String) -> CDPError

    /// A connection over `transport`; `describeClose` turns the transport's closing reason into the error
    /// that pending and later calls fail with. Call `start()` before sending.
    public init(transport: any CDPTransport, describeClose: @escaping @Sendable (String) -> CDPError) {
        self.transport = transport
        self.describeClose = describeClose
    }

    /// Starts reading from the transport.
    public func start() {
        transport.start(
            onMessage: { [weak self] message in self?.dispatch(message) },
            onClose: { [weak self] reason in
                guard let self else { return }
                self.close(with: self.describeClose(reason))
            })
    }

    /// The error every call fails with once the connection has closed, or `nil` while it is open.
    public var closedError: CDPError? { state.withLock { $0.closed } }

    /// The methods of the calls waiting for a reply (tests use it to know a call is in flight).
    var pendingMethods: [String] { state.withLock { $0.pending.values.map(\.method) } }

    /// Sends `command` to `sessionID` (the browser itself when `nil`) and returns the raw reply message.
    func call<C: CDPCommand>(_ command: C, sessionID: String?, timeout: Duration) async throws(CDPError) -> Data {
        let id = state.withLock { state in
            defer { state.nextID += 1 }
            return state.nextID
        }
        let message: Data
        do {
            message = try JSONEncoder().encode(
                OutgoingMessage(id: id, method: C.method, sessionId: sessionID, params: command))
        } catch {
            throw CDPError(.invalidResponse(method: C.method, detail: "its parameters could not be encoded: \(error)"))
        }
        let reply = await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Reply, Never>) in
                let pending = Pending(method: C.method, sessionID: sessionID, reply: OneShot(continuation))
                register(id, pending, message: message, timeout: timeout)
            }
        } onCancel: {
            finish(id, with: .failure(CDPError(.cancelled(method: C.method))))
        }
        return try reply.get()
    }

    /// Records the call, arms its deadline and writes the message; every failure resolves the call.
    private func register(_ id: Int, _ pending: Pending, message: Data, timeout: Duration) {
        let refusal: CDPError? = state.withLock { state in
            if let closed = state.closed { return closed }
            // Checked under the lock that the cancellation handler takes too, so no cancellation is missed.
            if Task.isCancelled { return CDPError(.cancelled(method: pending.method)) }
            var armed = pending
            armed.timer = DeadlineTimer(after: timeout) { [weak self] in
                self?.finish(id, with: .failure(CDPError(.timedOut(method: pending.method, after: timeout))))
            }
            state.pending[id] = armed
            return nil
        }
        if let refusal {
            pending.reply.resume(returning: .failure(refusal))
            return
        }
        CDPDebugLog.sent(message)
        do {
            try transport.send(message)
        } catch {
            // The browser is gone or going. The call stays pending: the transport reports the close next
            // and the call fails with the error that says how the browser ended and what it logged, rather
            // than with "broken pipe". Its deadline still bounds the wait.
            CDPDebugLog.note("\(pending.method): \(error.message)")
        }
    }

    /// Resolves call `id` if it is still pending (a late reply after a timeout is dropped).
    private func finish(_ id: Int, with reply: Reply) {
        guard let pending = state.withLock({ $0.pending.removeValue(forKey: id) }) else { return }
        pending.timer?.cancel()
        pending.reply.resume(returning: reply)
    }

    /// Fails every pending call with `error`, ends every event stream and refuses later calls.
    public func close(with error: CDPError) {
        let (pending, subscribers) = state.withLock { state in
            if state.closed == nil { state.closed = error }
            defer {
                state.pending.removeAll()
                state.subscribers.removeAll()
            }
            return (state.pending, state.subscribers)
        }
        guard !pending.isEmpty || !subscribers.isEmpty else { return }
        CDPDebugLog.note("closed: \(pending.count) pending calls fail: \(error.message)")
        for call in pending.values {
            call.timer?.cancel()
            call.reply.resume(returning: .failure(error))
        }
        for subscriber in subscribers.values { subscriber.finish() }
    }
}
