import CDP
import Foundation
import Synchronization

/// The raw bodies of the documents a page loaded, for a recorded trace. Started only when a run records
/// (`BrowserDriver.keepDocumentResponses`): it turns on the `Network` domain and notes, from
/// `Network.responseReceived`, which request delivered each document. The body of the main frame's
/// current document is then read with `Network.getResponseBody` and kept by its loader id, so a page that
/// scripts changed, or one `back` returned to, still has its document's body.
final class DocumentResponseLog: Sendable {
    private struct State {
        var started = false
        /// The request that delivered each document loader's response.
        var requests: [String: String] = [:]
        /// Bodies read so far, by loader id: the browser may drop its copy later.
        var bodies: [String: String] = [:]
        /// Loaders known to have no network response (`about:blank`, an error page, a cached restore).
        var missing: Set<String> = []
        var listener: Task<Void, Never>?
    }

    private let state = Mutex(State())
    /// How long a body may take to arrive from the browser.
    static let bodyDeadline: Duration = .seconds(5)
    /// How long after a document is shown its response event may still be on its way to the listener.
    static let eventGrace: Duration = .milliseconds(500)

    /// Turns on the `Network` domain for `session` and starts noting document responses; once.
    func start(_ session: CDPSession) async {
        let events = state.withLock { state -> AsyncStream<Network.ResponseReceived>? in
            guard !state.started else { return nil }
            state.started = true
            return session.events(Network.ResponseReceived.self)
        }
        guard let events else { return }
        let listener = Task { [weak self] in
            for await event in events where event.type == "Document" {
                self?.state.withLock { $0.requests[event.loaderId] = event.requestId }
            }
        }
        state.withLock { $0.listener = listener }
        if (try? await session.send(Network.Enable(), timeout: Self.bodyDeadline)) == nil {
            stop()
        }
    }

    /// Stops listening; bodies already read stay.
    func stop() {
        let listener = state.withLock { state -> Task<Void, Never>? in
            defer { state.listener = nil }
            state.started = false
            return state.listener
        }
        listener?.cancel()
    }

    /// The body of the document the main frame of `session` shows now, or nil when it did not come from
    /// the network or the browser no longer has it.
    func currentBody(_ session: CDPSession) async -> String? {
        guard state.withLock({ $0.started }),
            let tree = try? await session.send(Page.GetFrameTree(), timeout: Self.bodyDeadline)
        else { return nil }
        let loader = tree.frameTree.frame.loaderId
        let known = state.withLock { state -> (body: String?, missing: Bool) in
            (state.bodies[loader], state.missing.contains(loader))
        }
        if let body = known.body { return body }
        guard !known.missing, let request = await request(for: loader),
            let answer = try? await session.send(
                Network.GetResponseBody(requestId: request), timeout: Self.bodyDeadline)
        else { return nil }
        let body = Self.text(of: answer)
        state.withLock { $0.bodies[loader] = body }
        return body
    }

    /// The request behind `loader`'s response, waiting out `eventGrace` for its event to be noted; a loader
    /// without one is remembered as such.
    private func request(for loader: String) async -> String? {
        let deadline = ContinuousClock.now + Self.eventGrace
        while true {
            if let request = state.withLock({ $0.requests[loader] }) { return request }
            guard ContinuousClock.now < deadline, !Task.isCancelled else { break }
            try? await Task.sleep(for: .milliseconds(10))
        }
        state.withLock { _ = $0.missing.insert(loader) }
        return nil
    }

    private static func text(of answer: Network.GetResponseBody.Response) -> String {
        guard answer.base64Encoded, let data = Data(base64Encoded: answer.body) else { return answer.body }
        return ResponseText.decode(data, charset: nil)
    }
}
