import Foundation
import Synchronization

@testable import CDP

/// An in-memory transport: records what is sent and lets a test script the browser's side. `respond` sees
/// each sent message (already decoded) and returns the messages the "browser" sends back at once, in order.
final class FakeTransport: CDPTransport {
    struct Sent: Sendable {
        var id: Int
        var method: String
        var sessionID: String?
        var params: JSON
    }

    private struct State {
        var onMessage: (@Sendable (Data) -> Void)?
        var onClose: (@Sendable (String) -> Void)?
        var sent: [Sent] = []
        var closed = false
    }

    private let state = Mutex(State())
    private let respond: @Sendable (Sent) -> [JSON]

    init(respond: @escaping @Sendable (Sent) -> [JSON] = { _ in [] }) {
        self.respond = respond
    }

    var sent: [Sent] { state.withLock { $0.sent } }

    func send(_ message: Data) throws(CDPError) {
        guard let json = try? JSONDecoder().decode(JSON.self, from: message),
            let id = json["id"]?.intValue, let method = json["method"]?.stringValue
        else { throw CDPError(.invalidResponse(method: "fake", detail: "not a command")) }
        let sent = Sent(
            id: id, method: method, sessionID: json["sessionId"]?.stringValue, params: json["params"] ?? nil)
        let closed = state.withLock { state in
            state.sent.append(sent)
            return state.closed
        }
        if closed { throw CDPError.browserClosed(lastLogLines: [], reason: "fake closed") }
        for reply in respond(sent) { deliver(reply) }
    }

    func start(onMessage: @escaping @Sendable (Data) -> Void, onClose: @escaping @Sendable (String) -> Void) {
        state.withLock { state in
            state.onMessage = onMessage
            state.onClose = onClose
        }
    }

    /// Sends `message` from the "browser".
    func deliver(_ message: JSON) {
        guard let data = try? JSONEncoder().encode(message) else { return }
        state.withLock { $0.onMessage }?(data)
    }

    func close() {
        let onClose = state.withLock { state -> (@Sendable (String) -> Void)? in
            guard !state.closed else { return nil }
            state.closed = true
            return state.onClose
        }
        onClose?("the fake browser went away")
    }
}

extension JSON {
    /// `{"id": id, "result": result}`.
    static func reply(_ id: Int, _ result: JSON = [:], session: String? = nil) -> JSON {
        var message: [String: JSON] = ["id": .number(Double(id)), "result": result]
        if let session { message["sessionId"] = .string(session) }
        return .object(message)
    }

    /// `{"method": method, "params": params}`, with a session id when given.
    static func event(_ method: String, _ params: JSON = [:], session: String? = nil) -> JSON {
        var message: [String: JSON] = ["method": .string(method), "params": params]
        if let session { message["sessionId"] = .string(session) }
        return .object(message)
    }
}
