import Foundation

/// Commands and events of one DevTools session: the browser's own (`sessionID == nil`) or a page's,
/// attached in flattened mode so that every message carries the session id at the top level.
public struct CDPSession: Sendable {
    /// The connection the session runs over.
    public let connection: CDPConnection
    /// The flattened session id, or `nil` for the browser session.
    public let sessionID: String?
    /// The deadline of calls and waits that do not pass their own.
    public let defaultTimeout: Duration

    /// A session over `connection`.
    public init(connection: CDPConnection, sessionID: String?, defaultTimeout: Duration = .seconds(30)) {
        self.connection = connection
        self.sessionID = sessionID
        self.defaultTimeout = defaultTimeout
    }

    /// Sends `command` and decodes its result. Fails with `.timedOut` naming the method when `timeout`
    /// (default: `defaultTimeout`) passes first, `.protocolError` when the browser rejects it, and
    /// `.browserClosed` with the browser's last log lines when the browser goes away meanwhile.
    @discardableResult
    public func send<C: CDPCommand>(_ command: C, timeout: Duration? = nil) async throws(CDPError) -> C.Response {
        let message = try await connection.call(command, sessionID: sessionID, timeout: timeout ?? defaultTimeout)
        do {
            return try JSONDecoder().decode(ResponseEnvelope<C.Response>.self, from: message).result
        } catch {
            throw CDPError(.invalidResponse(method: C.method, detail: "\(error)"))
        }
    }

    /// Every later event of type `E` on this session, in order, until the connection closes (then the
    /// stream ends; `connection.closedError` says why) or the consumer stops iterating.
    public func events<E: CDPEvent>(_ type: E.Type = E.self) -> AsyncStream<E> {
        let (stream, continuation) = AsyncStream.makeStream(of: E.self)
        let id = connection.subscribe(
            method: E.method, sessionID: sessionID,
            deliver: { message in
                if let event = try? JSONDecoder().decode(EventEnvelope<E>.self, from: message) {
                    continuation.yield(event.params)
                }
            },
            finish: { continuation.finish() })
        continuation.onTermination = { [connection] _ in connection.unsubscribe(id) }
        return stream
    }

    /// A waiter for the next event of type `E` (matching `predicate`), registered now: create it, send the
    /// command that causes the event, then `wait`.
    public func waiter<E: CDPEvent>(
        for type: E.Type, where predicate: @escaping @Sendable (E) -> Bool = { _ in true }
    ) -> EventWaiter<E> {
        EventWaiter(connection: connection, sessionID: sessionID, predicate: predicate)
    }

    /// Runs `body` and returns its result together with the first event of type `E` (matching `predicate`)
    /// that arrives after `expect` was called. The waiter is registered before `body` runs, so an event
    /// that `body` triggers cannot be missed:
    ///
    ///     let (loaded, _) = try await session.expect(Page.LoadEventFired.self) {
    ///         try await session.send(Page.Navigate(url: url))
    ///     }
    ///
    /// `timeout` (default: `defaultTimeout`) bounds the wait for the event after `body`; the commands in
    /// `body` have their own deadlines. Rethrows what `body` throws; its own failures are `CDPError`s.
    public func expect<E: CDPEvent, R: Sendable>(
        _ type: E.Type, timeout: Duration? = nil, where predicate: @escaping @Sendable (E) -> Bool = { _ in true },
        during body: () async throws -> R
    ) async throws -> (event: E, result: R) {
        let waiter = waiter(for: type, where: predicate)
        let result = try await body()
        let event = try await waiter.wait(timeout: timeout ?? defaultTimeout)
        return (event, result)
    }
}
