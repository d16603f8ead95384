import WTSyntax

/// The type of a value in a checked program.
public indirect enum WTType: Sendable, Hashable, CustomStringConvertible {
    case string, int, number, bool, url, date, secret, file
    case list(WTType)
    /// Fields in declaration order.
    case record([RecordField])
    /// May be absent (JSON null).
    case optional(WTType)
    /// The type of an expression that already produced an error; compatible with everything, so one
    /// mistake yields one diagnostic.
    case error

    public struct RecordField: Sendable, Hashable {
        public var name: String
        public var type: WTType

        public init(name: String, type: WTType) {
            self.name = name
            self.type = type
        }
    }

    /// The type a written `TypeExpr` denotes.
    public init(_ expr: TypeExpr) {
        let base: WTType
        switch expr.kind {
        case .scalar(let s): base = WTType(s)
        case .list(let element): base = .list(WTType(element))
        case .record(let fields): base = .record(fields.map { RecordField(name: $0.name.name, type: WTType($0.type)) })
        }
        self = expr.optional ? .optional(base) : base
    }

    public init(_ scalar: ScalarType) {
        switch scalar {
        case .string: self = .string
        case .int: self = .int
        case .number: self = .number
        case .bool: self = .bool
        case .url: self = .url
        case .date: self = .date
        case .secret: self = .secret
        case .file: self = .file
        }
    }

    /// The type without its optional wrapper.
    public var unwrapped: WTType {
        if case .optional(let t) = self { return t.unwrapped }
        return self
    }

    public var isOptional: Bool {
        if case .optional = self { return true }
        return false
    }

    public var isScalar: Bool {
        switch unwrapped {
        case .list, .record: false
        default: true
        }
    }

    public var elementType: WTType? {
        if case .list(let e) = unwrapped { return e }
        return nil
    }

    /// The field's type when this is a record with that field.
    public func field(_ name: String) -> WTType? {
        if case .record(let fields) = unwrapped { return fields.first { $0.name == name }?.type }
        return nil
    }

    /// Written the way the language writes types, for messages.
    public var description: String {
        switch self {
        case .string: "string"
        case .int: "int"
        case .number: "number"
        case .bool: "bool"
        case .url: "url"
        case .date: "date"
        case .secret: "secret"
        case .file: "file"
        case .list(let e): "[\(e)]"
        case .record(let fields): "{ " + fields.map { "\($0.name): \($0.type)" }.joined(separator: ", ") + " }"
        case .optional(let t): "\(t)?"
        case .error: "<error>"
        }
    }
}
