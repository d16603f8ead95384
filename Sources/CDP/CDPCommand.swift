/// A DevTools command: its parameters as an `Encodable` value, its method name, and the type its result
/// decodes to. For example `Page.Navigate(url:)` is `Page.navigate` and answers `Page.Navigate.Response`.
public protocol CDPCommand: Encodable, Sendable {
    /// What the command returns; `CDPEmptyResponse` for commands that return nothing.
    associatedtype Response: Decodable & Sendable
    /// The protocol method, `Domain.command`.
    static var method: String { get }
}

/// A DevTools event: its `params` as a `Decodable` value and its method name, e.g. `Page.loadEventFired`.
public protocol CDPEvent: Decodable, Sendable {
    /// The protocol method, `Domain.event`.
    static var method: String { get }
}

/// The result of a command that returns nothing (its `result` is `{}`).
public struct CDPEmptyResponse: Decodable, Sendable, Equatable {
    /// The empty result.
    public init() {}
}

/// What goes on the wire: flattened mode puts `sessionId` at the top level.
struct OutgoingMessage<Params: Encodable>: Encodable {
    let id: Int
    let method: String
    let sessionId: String?
    let params: Params
}

/// Just enough of an incoming message to route it; the rest is decoded by whoever waits for it.
struct IncomingHeader: Decodable {
    struct Failure: Decodable {
        let code: Int
        let message: String
        let data: String?
    }

    let id: Int?
    let method: String?
    let sessionId: String?
    let error: Failure?
}

struct ResponseEnvelope<Result: Decodable>: Decodable {
    let result: Result
}

struct EventEnvelope<Params: Decodable>: Decodable {
    let params: Params
}
