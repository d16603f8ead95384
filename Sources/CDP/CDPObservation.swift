import Foundation
import Synchronization

/// Handlers called with a session's events as they arrive, in the order the browser sent them even across
/// event types (each `AsyncStream` from `CDPSession.events` has its own order, so two streams can be read
/// out of order). For state that must follow a sequence of different events, such as a frame's
/// navigation: requested, started, committed, loaded. Handlers run on the transport's thread: keep them
/// short and non-blocking (update a locked value). `cancel` stops them; so does the connection closing.
public final class CDPObservation: Sendable {
    private let connection: CDPConnection
    private let sessionID: String?
    private let ids = Mutex<[Int]>([])

    /// An observation of `session`'s events, with no handlers yet.
    public init(_ session: CDPSession) {
        connection = session.connection
        sessionID = session.sessionID
    }

    /// Calls `handler` with every later event of type `E` on the session.
    public func on<E: CDPEvent>(_ type: E.Type, _ handler: @escaping @Sendable (E) -> Void) {
        let id = connection.subscribe(
            method: E.method, sessionID: sessionID,
            deliver: { message in
                if let event = try? JSONDecoder().decode(EventEnvelope<E>.self, from: message) {
                    handler(event.params)
                }
            },
            finish: {})
        ids.withLock { $0.append(id) }
    }

    /// Stops every handler.
    public func cancel() {
        for id in ids.withLock({ ids in
            defer { ids = [] }; return ids
        }) { connection.unsubscribe(id) }
    }

    deinit { cancel() }
}
