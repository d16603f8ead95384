import CDP
import Synchronization

/// The out-of-process iframes of one page, each with the session Chromium attached for it.
///
/// With site isolation (`--site-per-process`, usual in remote browsers) a cross-site frame runs in its own
/// renderer and is a target of its own, invisible to the page's session. `follow` turns on auto-attach
/// (flattened), so Chromium attaches a child session for every such frame, now and later, and the same for
/// their frames in turn. An iframe target's id is its frame id, so the driver finds a frame's session by the
/// `frameId` that `DOM.describeNode` gives for the iframe element. Frames in the page's own process never
/// show up here: they are reached through the page's session.
final class FrameTargets: Sendable {
    private struct State {
        var sessions: [String: CDPSession] = [:]
        var listeners: [String: [Task<Void, Never>]] = [:]
    }

    private let state = Mutex(State())

    /// The session of the out-of-process frame `frameID`, or nil when the frame is in its parent's process
    /// (or not attached yet).
    func session(for frameID: String) -> CDPSession? {
        state.withLock { $0.sessions[frameID] }
    }

    /// Starts auto-attaching to `session`'s out-of-process frames. The listeners are registered before the
    /// command, so frames attached in answer to it are not missed; they end when their session detaches or
    /// the connection closes.
    func follow(_ session: CDPSession) async throws(CDPError) {
        let attached = session.events(Target.AttachedToTarget.self)
        let detached = session.events(Target.DetachedFromTarget.self)
        let tasks = [
            Task { [weak self] in
                for await event in attached where event.targetInfo.type == "iframe" {
                    await self?.adopt(event, under: session)
                }
            },
            Task { [weak self] in
                for await event in detached { self?.forget(sessionID: event.sessionId) }
            },
        ]
        state.withLock { $0.listeners[session.sessionID ?? "", default: []] += tasks }
        try await session.send(Target.SetAutoAttach(autoAttach: true, waitForDebuggerOnStart: false, flatten: true))
    }

    private func adopt(_ event: Target.AttachedToTarget, under parent: CDPSession) async {
        let child = CDPSession(
            connection: parent.connection, sessionID: event.sessionId, defaultTimeout: parent.defaultTimeout)
        state.withLock { $0.sessions[event.targetInfo.targetId] = child }
        // A frame that fails to follow (it went away meanwhile) only loses its own nested frames.
        try? await follow(child)
    }

    private func forget(sessionID: String) {
        let listeners = state.withLock { state in
            state.sessions = state.sessions.filter { $0.value.sessionID != sessionID }
            return state.listeners.removeValue(forKey: sessionID) ?? []
        }
        for task in listeners { task.cancel() }
    }

    /// Stops every listener (the page is closing).
    func stop() {
        let listeners = state.withLock { state in
            defer { state.listeners.removeAll() }
            state.sessions.removeAll()
            return state.listeners.values.flatMap { $0 }
        }
        for task in listeners { task.cancel() }
    }
}
