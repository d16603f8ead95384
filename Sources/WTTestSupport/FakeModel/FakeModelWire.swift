import Foundation

/// Something the fake model server did not expect; the test should fail with it.
public struct FakeModelViolation: Error, Sendable, CustomStringConvertible, Equatable {
    public let description: String

    init(_ description: String) { self.description = description }
}

/// The basics every Messages API request must have, checked on every request whatever the script says.
enum FakeModelWire {
    static func problems(_ request: FakeModelRequest) -> [String] {
        var problems: [String] = []
        if request.method != "POST" { problems.append("method is \(request.method), not POST") }
        if request.path != "/v1/messages" { problems.append("path is \(request.path), not /v1/messages") }
        if request.header("anthropic-version") == nil { problems.append("no anthropic-version header") }
        if (request.header("x-api-key") ?? "").isEmpty { problems.append("no x-api-key header") }
        guard let json = request.json, json.objectMembers != nil else {
            return problems + ["the body is not a JSON object"]
        }
        if json["model"]?.stringValue == nil { problems.append("body.model is not a string") }
        if json["max_tokens"]?.intValue == nil { problems.append("body.max_tokens is not an integer") }
        if json["messages"]?.arrayValue == nil { problems.append("body.messages is not an array") }
        return problems
    }

    static func data(_ object: [String: Any]) -> Data {
        (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
    }

    /// The 500 sent for a violation, in the API's error shape so a client reports it readably.
    static func violationResponse(_ violation: FakeModelViolation) -> LoopbackResponse {
        let body: [String: Any] = [
            "type": "error", "error": ["type": "fake_server_violation", "message": violation.description],
        ]
        return .json(data(body), status: 500)
    }
}
