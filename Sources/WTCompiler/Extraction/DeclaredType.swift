import WTExtract
import WTSema
import WTSyntax
import WTTrace

/// WTRuntime's conversion of an extracted value to the declared type (`Coercion.convert`), ending in the
/// JSON the run outputs: `int` widens to `number` and a whole `number` narrows to `int`, `url` and `date`
/// are strings, null is accepted only where the type is optional.
enum DeclaredType {
    static func fit(_ value: ExtractedValue, to type: WTType) -> Result<JSONValue, FieldRunner.Problem> {
        switch (value, type) {
        case (.null, .optional): return .success(.null)
        case (.null, _): return mismatch("null", type)
        case (_, .optional(let wrapped)): return fit(value, to: wrapped)
        case (.list(let items), .list(let element)):
            var out: [JSONValue] = []
            for item in items {
                switch fit(item, to: element) {
                case .success(let json): out.append(json)
                case .failure(let problem): return .failure(problem)
                }
            }
            return .success(.array(out))
        default:
            return scalar(value, type)
        }
    }

    private static func scalar(_ value: ExtractedValue, _ type: WTType) -> Result<JSONValue, FieldRunner.Problem> {
        switch (value, type) {
        case (.string(let s), .string), (.url(let s), .url), (.date(let s), .date), (.url(let s), .string),
            (.date(let s), .string), (.string(let s), .url), (.string(let s), .date):
            return .success(.string(s))
        case (.int(let i), .int), (.int(let i), .number): return .success(.number(Double(i)))
        case (.number(let d), .number): return .success(.number(d))
        case (.number(let d), .int) where d.isFinite && d == d.rounded() && abs(d) < 9.0e18:
            return .success(.number(d))
        case (.bool(let b), .bool): return .success(.bool(b))
        default: return mismatch(value.json, type)
        }
    }

    private static func mismatch(_ shown: String, _ type: WTType) -> Result<JSONValue, FieldRunner.Problem> {
        .failure(FieldRunner.Problem(message: "\(shown) does not fit the type \(type)"))
    }
}

extension DeclaredType {
    /// The field kind that reads a value of `type` when there is no example to learn from.
    static func guessKind(_ type: WTType) -> WTSyntax.FieldKind? {
        switch type {
        case .string: .text
        case .int: .int
        case .number: .number
        case .url: .url
        case .date: .date
        default: nil
        }
    }
}
