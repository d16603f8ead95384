import OpenAPIRuntime
import WTTrace

/// Converts between the trace module's `JSONValue` and the generator's untyped containers. Object member
/// order does not survive the trip (the containers are dictionaries); keys come out sorted.
enum JSONBridge {
    /// A `JSONValue` as the runtime's untyped value. Whole numbers go as integers, so `3` stays `3`.
    static func container(_ value: JSONValue) -> OpenAPIValueContainer {
        // Every value `plain` produces is one the container accepts.
        let null: OpenAPIValueContainer = nil
        return (try? OpenAPIValueContainer(unvalidatedValue: plain(value))) ?? null
    }

    /// A `JSONValue` object as the runtime's object container (nil for a non-object).
    static func object(_ value: JSONValue) -> OpenAPIObjectContainer? {
        guard case .object(let members) = value else { return nil }
        var dictionary: [String: (any Sendable)?] = [:]
        for member in members { dictionary[member.key] = plain(member.value) }
        return try? OpenAPIObjectContainer(unvalidatedValue: dictionary)
    }

    /// The runtime's untyped value as a `JSONValue`.
    static func value(_ container: OpenAPIValueContainer) -> JSONValue {
        value(plain: container.value)
    }

    /// The runtime's object container as a `JSONValue` object, keys sorted.
    static func value(_ container: OpenAPIObjectContainer) -> JSONValue {
        .object(container.value.keys.sorted().map { JSONValue.Member($0, value(plain: container.value[$0] ?? nil)) })
    }

    private static func plain(_ value: JSONValue) -> (any Sendable)? {
        switch value {
        case .null: return nil
        case .bool(let flag): return flag
        case .number(let number):
            if number == number.rounded(), abs(number) < 9e15 { return Int(number) }
            return number
        case .string(let text): return text
        case .array(let items): return items.map { plain($0) }
        case .object(let members):
            var dictionary: [String: (any Sendable)?] = [:]
            for member in members { dictionary[member.key] = plain(member.value) }
            return dictionary
        }
    }

    private static func value(plain: (any Sendable)?) -> JSONValue {
        switch plain {
        case .none: return .null
        case let flag as Bool: return .bool(flag)
        case let number as Int: return .number(Double(number))
        case let number as Int64: return .number(Double(number))
        case let number as Double: return .number(number)
        case let text as String: return .string(text)
        case let items as [(any Sendable)?]: return .array(items.map { value(plain: $0) })
        case let dictionary as [String: (any Sendable)?]:
            return .object(dictionary.keys.sorted().map { JSONValue.Member($0, value(plain: dictionary[$0] ?? nil)) })
        default: return .null
        }
    }
}
