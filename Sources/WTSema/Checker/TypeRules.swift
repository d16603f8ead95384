/// Which values may go where. `url` is a string that has been validated, so it may go where a string
/// goes; `int` widens to `number`; anything may go where the same type is optional. Records match by
/// field name: every field of the value must exist in the target, and every non-optional target field
/// must be present.
public enum TypeRules {
    /// Whether a value of type `value` may be stored where `target` is declared (also used at run time).
    public static func isAssignable(_ value: WTType, to target: WTType) -> Bool {
        switch (value, target) {
        case (.error, _), (_, .error): return true
        case (.optional(let v), .optional(let t)): return isAssignable(v, to: t)
        case (.optional, _): return false
        case (_, .optional(let t)): return isAssignable(value, to: t)
        case (.int, .number), (.url, .string): return true
        case (.list(let v), .list(let t)): return isAssignable(v, to: t)
        case (.record(let v), .record(let t)): return recordAssignable(v, t)
        default: return value == target
        }
    }

    private static func recordAssignable(_ value: [WTType.RecordField], _ target: [WTType.RecordField]) -> Bool {
        for field in value {
            guard let t = target.first(where: { $0.name == field.name }), isAssignable(field.type, to: t.type) else {
                return false
            }
        }
        return target.allSatisfy { t in t.type.isOptional || value.contains { $0.name == t.name } }
    }

    /// Types that `==` and `!=` can compare.
    static func isComparable(_ a: WTType, _ b: WTType) -> Bool {
        let x = a.unwrapped
        let y = b.unwrapped
        if x == .error || y == .error { return true }
        guard x.isScalar, y.isScalar else { return x == y }
        let stringy: Set<WTType> = [.string, .url, .secret]
        let numeric: Set<WTType> = [.int, .number]
        return x == y || (stringy.contains(x) && stringy.contains(y)) || (numeric.contains(x) && numeric.contains(y))
    }

    /// Types that `<`, `<=`, `>`, `>=` can order.
    static func isOrdered(_ a: WTType, _ b: WTType) -> Bool {
        let x = a.unwrapped
        let y = b.unwrapped
        if x == .error || y == .error { return true }
        let numeric: Set<WTType> = [.int, .number]
        return (numeric.contains(x) && numeric.contains(y)) || (x == .date && y == .date)
            || (x == .string && y == .string)
    }

    /// The common type of two list elements, or nil when they have none.
    static func join(_ a: WTType, _ b: WTType) -> WTType? {
        if isAssignable(a, to: b) { return b }
        if isAssignable(b, to: a) { return a }
        return nil
    }
}
