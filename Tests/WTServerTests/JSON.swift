import Foundation

/// A parsed JSON value for assertions: `reply.json["reuse"]["revision_id"].string`. A missing member
/// is `.missing`, a JSON null is `.null`, so tests can tell "absent" from "null".
enum JSON: Sendable, Equatable, Decodable {
    case missing
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([String: JSON])

    init(parsing bytes: [UInt8]) {
        self = (try? JSONDecoder().decode(JSON.self, from: Data(bytes))) ?? .missing
    }

    subscript(key: String) -> JSON {
        guard case .object(let members) = self else { return .missing }
        return members[key] ?? .missing
    }

    subscript(index: Int) -> JSON {
        guard case .array(let items) = self, items.indices.contains(index) else { return .missing }
        return items[index]
    }

    var string: String? { if case .string(let text) = self { text } else { nil } }
    var number: Double? { if case .number(let value) = self { value } else { nil } }
    var bool: Bool? { if case .bool(let flag) = self { flag } else { nil } }
    var count: Int {
        switch self {
        case .array(let items): items.count
        case .object(let members): members.count
        default: 0
        }
    }
    var keys: Set<String> { if case .object(let members) = self { Set(members.keys) } else { [] } }
}

extension JSON {
    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let items = try? container.decode([JSON].self) {
            self = .array(items)
        } else {
            self = .object(try container.decode([String: JSON].self))
        }
    }
}
