import WTDiagnostics

extension JSONValue {
    /// The value of a positioned JSON node, positions dropped and object members kept in order.
    public init(_ node: JSONNode) {
        switch node.value {
        case .null: self = .null
        case .bool(let value): self = .bool(value)
        case .number(let value, _): self = .number(value)
        case .string(let value): self = .string(value)
        case .array(let items): self = .array(items.map(JSONValue.init))
        case .object(let members): self = .object(members.map { Member($0.key, JSONValue($0.value)) })
        }
    }
}
