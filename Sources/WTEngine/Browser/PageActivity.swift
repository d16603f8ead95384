import CDP
import Synchronization

/// What a page does by itself after an action, for `PageQuiet`: the requests it starts, from the `Network`
/// domain's events, and when its document last changed, from the page script's change observer
/// (`PageScript.changes`).
///
/// The `Network` domain is turned on at the first watch (a run without `scroll until` never pays for its
/// events). `DocumentResponseLog` may have turned it on already, or may do so later: `Network.enable` is
/// idempotent and neither of them turns the domain off, so they share it.
///
/// A request is kept as the browser's timestamps of its last start and of its end, so that events handled
/// out of order (each kind arrives on a stream of its own) still tell whether it is loading.
final class PageActivity: Sendable {
    /// Kept until the next watch, also once ended: a redirect's second start may be handled after the end.
    private struct Request {
        var started: Double?
        var ended: Double?

        var loading: Bool { started.map { start in ended.map { $0 < start } ?? true } ?? false }
    }

    private struct State {
        var listening = false
        /// True once `Network.enable` succeeded: until then the driver cannot tell.
        var tracking = false
        var watching = false
        /// Requests seen since the watch began, by id.
        var requests: [String: Request] = [:]
        /// When the watch began or a request last started or ended.
        var lastEvent = ContinuousClock.now
        var listeners: [Task<Void, Never>] = []
    }

    private let state = Mutex(State())
    /// Kinds of request that stay open by design; one of them loading would keep a page from ever being quiet.
    static let endless: Set<String> = ["EventSource", "WebSocket", "Media"]
    /// How long the browser may take to turn the `Network` domain on.
    static let enableDeadline: Duration = .seconds(5)

    /// Starts listening to the requests of `session`'s page (once); true when the driver can follow them.
    func listen(_ session: CDPSession) async -> Bool {
        let streams = state.withLock { state in
            defer { state.listening = true }
            return state.listening
                ? nil
                : (
                    session.events(Network.RequestWillBeSent.self), session.events(Network.LoadingFinished.self),
                    session.events(Network.LoadingFailed.self)
                )
        }
        guard let (started, finished, failed) = streams else { return state.withLock { $0.tracking } }
        let listeners = [
            listen(started) { Self.started(&$0, id: $1.requestId, type: $1.type, at: $1.timestamp) },
            listen(finished) { Self.ended(&$0, id: $1.requestId, at: $1.timestamp) },
            listen(failed) { Self.ended(&$0, id: $1.requestId, at: $1.timestamp) },
        ]
        state.withLock { $0.listeners = listeners }
        let enabled = (try? await session.send(Network.Enable(), timeout: Self.enableDeadline)) != nil
        state.withLock { $0.tracking = enabled }
        return enabled
    }

    /// Begins a new watch: requests seen so far are forgotten, and the quiet window starts now.
    func begin() {
        state.withLock {
            $0.watching = true
            $0.requests = [:]
            $0.lastEvent = .now
        }
    }

    /// Makes now the last activity of a watch under way (an action that may start requests just finished).
    func touch() {
        state.withLock { if $0.watching { $0.lastEvent = .now } }
    }

    /// True when no request started during the watch is loading and none started or ended in the last `window`.
    func networkQuiet(for window: Duration) -> Bool {
        state.withLock { state in
            state.tracking && state.watching && ContinuousClock.now - state.lastEvent >= window
                && !state.requests.values.contains(where: \.loading)
        }
    }

    /// Stops listening.
    func stop() {
        let listeners = state.withLock { state in
            defer { state.listeners = [] }
            state.listening = false
            state.tracking = false
            return state.listeners
        }
        for listener in listeners { listener.cancel() }
    }

    private func listen<E: CDPEvent>(_ events: AsyncStream<E>, _ note: @escaping @Sendable (inout State, E) -> Void)
        -> Task<Void, Never>
    {
        Task { [weak self] in
            for await event in events {
                self?.state.withLock { note(&$0, event) }
            }
        }
    }

    private static func started(_ state: inout State, id: String, type: String?, at time: Double) {
        guard !endless.contains(type ?? "") else { return }
        state.lastEvent = .now
        state.requests[id, default: Request()].started = time
    }

    private static func ended(_ state: inout State, id: String, at time: Double) {
        state.lastEvent = .now
        state.requests[id, default: Request()].ended = time
    }

    /// A script answering how many milliseconds ago the document last changed (the page script's change
    /// observer, `PageScript.changes`); with `reset`, now counts as a change. A document without the page
    /// script answers 0: it is never taken for quiet.
    static func changeAge(reset: Bool) -> String {
        "(window.__wtc ? window.__wtc.changeAge(\(reset)) : 0)"
    }
}
