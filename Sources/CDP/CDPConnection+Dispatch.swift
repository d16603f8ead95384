import Foundation

extension CDPConnection {
    /// Routes one incoming message, on the transport's thread: a reply resolves its call, an event goes to
    /// the subscribers of its method and session.
    func dispatch(_ message: Data) {
        CDPDebugLog.received(message)
        guard let header = try? JSONDecoder().decode(IncomingHeader.self, from: message) else {
            CDPDebugLog.note("ignored a message that is not a DevTools object")
            return
        }
        if let id = header.id {
            resolve(id, header: header, message: message)
        } else if let method = header.method {
            route(method, sessionID: header.sessionId, message: message)
        }
    }

    private func resolve(_ id: Int, header: IncomingHeader, message: Data) {
        guard let pending = state.withLock({ $0.pending.removeValue(forKey: id) }) else { return }
        pending.timer?.cancel()
        if let failure = header.error {
            let text = failure.data.map { "\(failure.message): \($0)" } ?? failure.message
            let error = CDPError(.protocolError(method: pending.method, code: failure.code, message: text))
            pending.reply.resume(returning: .failure(error))
        } else {
            pending.reply.resume(returning: .success(message))
        }
    }

    private func route(_ method: String, sessionID: String?, message: Data) {
        switch method {
        case "Target.detachedFromTarget":
            // The session's target went away (closed, or its renderer crashed): its calls cannot complete.
            if let detached = try? JSONDecoder().decode(EventEnvelope<Target.DetachedFromTarget>.self, from: message) {
                failSession(detached.params.sessionId, detail: "the target was detached")
            }
        case "Inspector.targetCrashed":
            if let sessionID { failSession(sessionID, detail: "the renderer crashed") }
        default: break
        }
        let receivers = state.withLock { state in
            state.subscribers.values.filter { $0.method == method && $0.sessionID == sessionID }
        }
        for receiver in receivers { receiver.deliver(message) }
    }

    private func failSession(_ sessionID: String, detail: String) {
        let calls = state.withLock { state in
            let ids = state.pending.filter { $0.value.sessionID == sessionID }.map(\.key)
            return ids.compactMap { state.pending.removeValue(forKey: $0) }
        }
        for call in calls {
            call.timer?.cancel()
            call.reply.resume(returning: .failure(CDPError(.targetClosed(method: call.method), detail: detail)))
        }
    }

    /// Calls `deliver` with every later message of `method` on `sessionID` (the browser's when `nil`), on the
    /// transport's thread, and `finish` once when the connection closes. Returns the id for `unsubscribe`.
    func subscribe(
        method: String, sessionID: String?, deliver: @escaping @Sendable (Data) -> Void,
        finish: @escaping @Sendable () -> Void
    ) -> Int {
        let id: Int? = state.withLock { state in
            guard state.closed == nil else { return nil }
            defer { state.nextSubscriber += 1 }
            state.subscribers[state.nextSubscriber] = Subscriber(
                method: method, sessionID: sessionID, deliver: deliver, finish: finish)
            return state.nextSubscriber
        }
        guard let id else {
            finish()
            return 0
        }
        return id
    }

    /// Stops a subscription; its `finish` is not called.
    func unsubscribe(_ id: Int) {
        _ = state.withLock { $0.subscribers.removeValue(forKey: id) }
    }
}
