import WTDiagnostics

/// The JSON Schema type names, and which of them a program type's values can take.
enum JSONSchemaType: String, CaseIterable {
    case null, boolean, integer, number, string, array, object

    /// The types a value of `type` (already unwrapped) is written as; empty for types that never appear
    /// in a result (`secret`, `error`).
    static func produced(by type: WTType) -> Set<JSONSchemaType> {
        switch type {
        case .string, .url, .date: [.string]
        case .int: [.integer]
        case .number: [.number]
        case .bool: [.boolean]
        // A file is written as a reference string, or as an object describing it.
        case .file: [.string, .object]
        case .list: [.array]
        case .record: [.object]
        case .optional(let wrapped): produced(by: wrapped).union([.null])
        case .secret, .error: []
        }
    }

    /// Whether a schema saying `allowed` accepts a value of this type. Every integer is a number.
    func isAllowed(by allowed: Set<JSONSchemaType>) -> Bool {
        allowed.contains(self) || (self == .integer && allowed.contains(.number))
    }

    /// The type of a JSON value, with integral numbers counting as integers, as JSON Schema counts them.
    static func of(_ node: JSONNode) -> JSONSchemaType {
        switch node.value {
        case .null: .null
        case .bool: .boolean
        case .number(let n, _): n.rounded() == n ? .integer : .number
        case .string: .string
        case .array: .array
        case .object: .object
        }
    }

    /// "string or null": in a fixed order so messages are stable, null last as people write it.
    static func describe(_ types: Set<JSONSchemaType>) -> String {
        let order: [JSONSchemaType] = [.boolean, .integer, .number, .string, .array, .object, .null]
        return order.filter(types.contains).map(\.rawValue).joined(separator: " or ")
    }
}
