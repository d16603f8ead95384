import Foundation
import WTSyntax

/// Parameter defaults: a literal that fits the parameter's type (`param n: int = "x"` is an error).
extension CheckerWalker {
    mutating func checkDefault(_ value: Expr, of name: String, type: WTType) {
        let target = type.unwrapped
        switch (value.kind, target) {
        case (.list(let items), .list(let element)):
            for item in items { checkDefault(item, of: name, type: element) }
        case (.string(let s), .url):
            guard let text = s.plainText, let url = URL(string: text), url.scheme != nil, url.host != nil else {
                emit(
                    SemaMessages.invalidDefault(name, "is not an absolute URL"), value.range,
                    help: "write it as \"https://host/path\"")
                return
            }
        case (.string(let s), .date):
            guard let text = s.plainText, DateLiteral.isValid(text) else {
                emit(
                    SemaMessages.invalidDefault(name, "is not a date"), value.range,
                    help: "write dates as \"2026-11-29\" or \"2026-11-29T10:00:00Z\"")
                return
            }
        case (.string(let s), .string), (.string(let s), .secret):
            if s.plainText == nil {
                emit(SemaMessages.invalidDefault(name, "cannot use interpolation"), value.range)
            }
        case (.int, .int), (.int, .number), (.number, .number), (.bool, .bool):
            return
        case (.negate(let inner), .int), (.negate(let inner), .number):
            checkDefault(inner, of: name, type: target)
        default:
            emit(SemaMessages.defaultMismatch(name, type, literalKind(value)), value.range)
        }
    }

    private func literalKind(_ value: Expr) -> String {
        switch value.kind {
        case .string: "a string"
        case .int: "an int"
        case .number: "a number"
        case .bool: "a bool"
        case .list: "a list"
        case .negate(let inner): literalKind(inner)
        default: "an expression"
        }
    }
}

/// The date forms a `date` default may take: ISO-8601 dates and date-times.
public enum DateLiteral {
    /// Whether `text` is an ISO-8601 date or date-time.
    public static func isValid(_ text: String) -> Bool {
        let date = #"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"#
        let time = #"(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?$"#
        return text.range(of: date + time, options: .regularExpression) != nil
    }
}
