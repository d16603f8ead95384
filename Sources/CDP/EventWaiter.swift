import Foundation

/// A one-shot wait for the next event of type `E` on a session, registered when it is created, so that
/// an event caused by a command sent afterwards cannot be missed. Create it with `CDPSession.waiter(for:)`,
/// send the command, then `wait`.
public final class EventWaiter<E: CDPEvent>: Sendable {
    private let connection: CDPConnection
    private let subscription: Int
    private let stream: AsyncStream<E>
    private let continuation: AsyncStream<E>.Continuation

    init(connection: CDPConnection, sessionID: String?, predicate: @escaping @Sendable (E) -> Bool) {
        self.connection = connection
        (stream, continuation) = AsyncStream.makeStream(of: E.self, bufferingPolicy: .bufferingOldest(1))
        subscription = connection.subscribe(
            method: E.method, sessionID: sessionID,
            deliver: { [continuation] message in
                guard let event = try? JSONDecoder().decode(EventEnvelope<E>.self, from: message),
                    predicate(event.params)
                else { return }
                continuation.yield(event.params)
                continuation.finish()
            },
            finish: { [continuation] in continuation.finish() })
    }

    /// The first matching event since the waiter was created. Fails with `.timedOut` naming the event when
    /// `timeout` passes, with the connection's error when the browser goes away, or with `.cancelled`.
    /// Call it once.
    public func wait(timeout: Duration) async throws(CDPError) -> E {
        let timer = DeadlineTimer(after: timeout) { [continuation] in continuation.finish() }
        defer { cancel(timer) }
        var iterator = stream.makeAsyncIterator()
        if let event = await iterator.next() { return event }
        if let closed = connection.closedError { throw closed }
        if Task.isCancelled { throw CDPError(.cancelled(method: E.method)) }
        throw CDPError(.timedOut(method: E.method, after: timeout))
    }

    private func cancel(_ timer: DeadlineTimer) {
        timer.cancel()
        connection.unsubscribe(subscription)
    }

    deinit {
        connection.unsubscribe(subscription)
        continuation.finish()
    }
}
