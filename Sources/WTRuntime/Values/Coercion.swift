import WTSema

/// Fits a value to a declared type: what an output, a typed variable or a record field may hold.
///
/// The conversions are the checker's assignability rules made concrete: `int` widens to `number` (and a
/// whole `number` narrows back to `int`), a `url` is a string, `T?` accepts null, records are rebuilt in
/// the declared field order with absent optional fields set to null and undeclared fields dropped. A
/// `string` is accepted where a `url` or `date` is wanted, because parameters and page text arrive as text.
enum Coercion {
    struct Failure: Error {
        /// Where inside the value, e.g. `products[3].price`.
        var path: String
        var problem: String

        var message: String { "'\(path)' \(problem)" }
    }

    static func convert(_ value: Value, to type: WTType, path: String) throws(Failure) -> Value {
        switch (value, type) {
        case (_, .error): return value
        case (.null, .optional): return .null
        case (.null, _): throw Failure(path: path, problem: "is null, but its type is \(type)")
        case (_, .optional(let wrapped)): return try convert(value, to: wrapped, path: path)
        case (.list(let items), .list(let element)):
            var out: [Value] = []
            out.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                out.append(try convert(item, to: element, path: "\(path)[\(index)]"))
            }
            return .list(out)
        case (.record(let fields), .record(let declared)):
            return try record(fields, declared, path: path)
        default:
            guard let scalar = scalar(value, type) else {
                throw Failure(path: path, problem: "is \(kindName(value)), but its type is \(type)")
            }
            return scalar
        }
    }

    private static func record(
        _ fields: [Value.Field], _ declared: [WTType.RecordField], path: String
    ) throws(Failure) -> Value {
        var out: [Value.Field] = []
        for field in declared {
            let value = fields.first { $0.name == field.name }?.value ?? .null
            out.append(.init(field.name, try convert(value, to: field.type, path: "\(path).\(field.name)")))
        }
        return .record(out)
    }

    private static func scalar(_ value: Value, _ type: WTType) -> Value? {
        switch (value, type) {
        case (.string, .string), (.int, .int), (.number, .number), (.bool, .bool), (.url, .url), (.date, .date),
            (.secret, .secret), (.file, .file):
            return value
        case (.int(let i), .number): return .number(Double(i))
        case (.number(let d), .int):
            guard d.isFinite, d == d.rounded(), abs(d) < 9.0e18 else { return nil }
            return .int(Int(d))
        case (.url(let s), .string), (.date(let s), .string): return .string(s)
        case (.string(let s), .url): return .url(s)
        case (.string(let s), .date): return .date(s)
        default: return nil
        }
    }

    /// "a string", "a list", … for messages; never the value itself, which may be long or a secret.
    static func kindName(_ value: Value) -> String {
        switch value {
        case .null: "null"
        case .string: "a string"
        case .int: "an int"
        case .number: "a number"
        case .bool: "a bool"
        case .url: "a url"
        case .date: "a date"
        case .secret: "a secret"
        case .file: "a file"
        case .list: "a list"
        case .record: "a record"
        }
    }
}
