import Foundation
import WTDiagnostics

/// A request the fake model server received: its headers and its body, raw and parsed.
public struct FakeModelRequest: Sendable {
    public var method: String
    public var path: String
    /// Headers in order, names as sent.
    public var headers: [(String, String)]
    /// The body as sent.
    public var body: Data
    /// The body parsed, or nil when it is not JSON.
    public var json: JSONNode?

    /// The request as the fake model server parses it; public so tests can build one by hand.
    public init(_ request: LoopbackRequest) {
        method = request.method
        path = request.path
        headers = request.headers
        body = request.body
        json = try? PositionedJSON.parse([UInt8](request.body))
    }

    /// The first value of the header `name`, compared case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.0.caseInsensitiveCompare(name) == .orderedSame }?.1
    }

    /// `model` of the body.
    public var model: String? { json?["model"]?.stringValue }

    /// `messages` of the body.
    public var messages: [JSONNode] { json?["messages"]?.arrayValue ?? [] }

    /// The names of the tools offered, in order.
    public var toolNames: [String] { (json?["tools"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue } }

    /// The `tool_result` blocks of the last message when it is the user's.
    public var lastToolResults: [JSONNode] {
        guard let last = messages.last, last["role"]?.stringValue == "user" else { return [] }
        return (last["content"]?.arrayValue ?? []).filter { $0["type"]?.stringValue == "tool_result" }
    }

    /// The body re-printed with sorted keys and no insignificant whitespace, to compare a whole body with an
    /// expected one written in any layout (see `canonicalJSON(_:)`).
    public var canonicalBody: String? { Self.canonicalJSON(body) }

    /// `data` parsed and printed with sorted keys, or nil if it is not JSON.
    public static func canonicalJSON(_ data: Data) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
            let printed = try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes])
        else { return nil }
        return String(decoding: printed, as: UTF8.self)
    }
}
