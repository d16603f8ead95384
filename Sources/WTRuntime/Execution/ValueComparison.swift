import WTSyntax

/// Equality and order between values, as the language defines them: ints and numbers compare as
/// numbers, strings, urls, dates and secrets as text, lists element by element, records field by field
/// (by name). Null equals only null and has no order.
enum ValueComparison {
    static func equal(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.null, _), (_, .null): return false
        case (.int(let x), .int(let y)): return x == y
        case (.list(let x), .list(let y)): return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.record(let x), .record(let y)):
            return x.count == y.count
                && x.allSatisfy { field in y.contains { $0.name == field.name && equal($0.value, field.value) } }
        default:
            if let x = number(a), let y = number(b) { return x == y }
            if let x = text(a), let y = text(b) { return x == y }
            return a == b
        }
    }

    /// Negative, zero or positive as `a` sorts before, with or after `b`; nil when they have no order.
    /// Dates compare as ISO-8601 text, which orders them correctly when both use the same form.
    static func order(_ a: Value, _ b: Value) -> Int? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        default:
            if let x = number(a), let y = number(b) { return x < y ? -1 : (x == y ? 0 : 1) }
            if let x = text(a), let y = text(b) { return x < y ? -1 : (x == y ? 0 : 1) }
            return nil
        }
    }

    /// `+` and `-`: int with int stays int unless it overflows; otherwise numbers.
    static func arithmetic(_ op: BinaryOp, _ a: Value, _ b: Value) -> Value? {
        let plus = op == .plus
        if case .int(let x) = a, case .int(let y) = b {
            let (result, overflow) = plus ? x.addingReportingOverflow(y) : x.subtractingReportingOverflow(y)
            if !overflow { return .int(result) }
        }
        guard let x = number(a), let y = number(b) else { return nil }
        return .number(plus ? x + y : x - y)
    }

    private static func number(_ value: Value) -> Double? {
        switch value {
        case .int(let i): Double(i)
        case .number(let d): d
        default: nil
        }
    }

    private static func text(_ value: Value) -> String? {
        switch value {
        case .string(let s), .url(let s), .date(let s), .secret(let s): s
        default: nil
        }
    }
}
