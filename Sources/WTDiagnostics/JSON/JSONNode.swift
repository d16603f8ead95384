/// One JSON value together with the byte range it was read from, so later stages can point at it.
///
/// Objects keep their members in file order, duplicates included: JSON leaves duplicate keys undefined,
/// and a checker can only warn about them if the reader did not silently drop one.
public struct JSONNode: Sendable, Hashable {
    /// The value itself; containers hold positioned nodes.
    public enum Value: Sendable, Hashable {
        case null
        case bool(Bool)
        /// The parsed value and the text as written, so `1.0`, `1e0` and a 30-digit integer survive.
        case number(Double, text: String)
        case string(String)
        case array([JSONNode])
        case object([Member])
    }

    /// One `"key": value` pair of an object.
    public struct Member: Sendable, Hashable {
        public var key: String
        /// The range of the key including its quotes.
        public var keyRange: SourceRange
        public var value: JSONNode

        public init(key: String, keyRange: SourceRange, value: JSONNode) {
            self.key = key
            self.keyRange = keyRange
            self.value = value
        }
    }

    public var value: Value
    /// The byte range of the value in its file; for containers, from the opening to the closing bracket.
    public var range: SourceRange

    public init(_ value: Value, range: SourceRange) {
        self.value = value
        self.range = range
    }

    /// The first member with `key` when this is an object; nil otherwise.
    public subscript(key: String) -> JSONNode? {
        member(key)?.value
    }

    /// The first member named `key` when this is an object, with the key's position.
    public func member(_ key: String) -> Member? {
        objectMembers?.first { $0.key == key }
    }

    public var isNull: Bool { value == .null }

    public var boolValue: Bool? {
        if case .bool(let b) = value { return b }
        return nil
    }

    public var numberValue: Double? {
        if case .number(let n, _) = value { return n }
        return nil
    }

    /// The number as written in the file.
    public var numberText: String? {
        if case .number(_, let text) = value { return text }
        return nil
    }

    /// The number as an `Int` when it is integral and fits (`3`, `3.0`, `3e2`), else nil.
    public var intValue: Int? {
        guard let n = numberValue, n.rounded() == n, abs(n) < 9.0e18 else { return nil }
        return Int(n)
    }

    public var stringValue: String? {
        if case .string(let s) = value { return s }
        return nil
    }

    public var arrayValue: [JSONNode]? {
        if case .array(let items) = value { return items }
        return nil
    }

    public var objectMembers: [Member]? {
        if case .object(let members) = value { return members }
        return nil
    }

    /// The JSON type name of the value (`null`, `boolean`, `number`, `string`, `array`, `object`), for
    /// messages such as "expected a string, found number".
    public var kindName: String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
