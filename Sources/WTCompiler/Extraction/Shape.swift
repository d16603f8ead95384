import WTSema
import WTTrace

/// What kind of extraction a declared type calls for.
enum Shape {
    /// `each` (a list of records) or `one` (a record).
    case records([WTType.RecordField], each: Bool)
    /// A scalar or a list of scalars, read from the page with one field kind.
    case field
    case unsupported

    init(_ type: WTType) {
        switch type.unwrapped {
        case .record(let fields): self = .records(fields, each: false)
        case .list(let element):
            if case .record(let fields) = element.unwrapped {
                self = .records(fields, each: true)
            } else {
                self = Self.isReadable(type) ? .field : .unsupported
            }
        default: self = Self.isReadable(type) ? .field : .unsupported
        }
    }

    /// Whether some field kind reads a value of `type`: the scalars and lists of strings and URLs.
    static func isReadable(_ type: WTType) -> Bool {
        switch type.unwrapped {
        case .string, .url, .date, .number, .int, .bool: true
        case .list(let element):
            switch element.unwrapped {
            case .string, .url: true
            default: false
            }
        default: false
        }
    }

    static func isObject(_ value: JSONValue) -> Bool {
        if case .object = value { return true }
        return false
    }
}
