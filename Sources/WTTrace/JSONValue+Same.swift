extension JSONValue {
    /// Whether both are the same JSON value: objects compare by their members whatever their order (as JSON
    /// readers do), arrays item by item, numbers by value.
    public func isSame(as other: JSONValue) -> Bool {
        switch (self, other) {
        case (.object(let a), .object(let b)):
            guard a.count == b.count else { return false }
            return a.allSatisfy { member in
                b.first { $0.key == member.key }.map { member.value.isSame(as: $0.value) } ?? false
            }
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.isSame(as: $1) }
        default:
            return self == other
        }
    }
}
