import Foundation
import WTSyntax

/// Binary and unary operators: `and`/`or` short-circuit, comparisons by value, `~` a regular expression
/// search, `+`/`-` on ints and numbers (an int result that would overflow becomes a number).
extension Executor {
    mutating func binary(_ op: BinaryOp, _ left: Expr, _ right: Expr) async throws(Interrupt) -> Value {
        switch op {
        case .and:
            guard try await holds(left) else { return .bool(false) }
            return .bool(try await holds(right))
        case .or:
            if try await holds(left) { return .bool(true) }
            return .bool(try await holds(right))
        case .matches:
            return .bool(try await matches(left, right))
        default:
            let a = try await evaluate(left)
            let b = try await evaluate(right)
            return try apply(op, a, b, left, right)
        }
    }

    private func apply(_ op: BinaryOp, _ a: Value, _ b: Value, _ left: Expr, _ right: Expr) throws(Interrupt) -> Value {
        switch op {
        case .equal: return .bool(ValueComparison.equal(a, b))
        case .notEqual: return .bool(!ValueComparison.equal(a, b))
        case .less: return .bool(ValueComparison.order(a, b).map { $0 < 0 } ?? false)
        case .lessEqual: return .bool(ValueComparison.order(a, b).map { $0 <= 0 } ?? false)
        case .greater: return .bool(ValueComparison.order(a, b).map { $0 > 0 } ?? false)
        case .greaterEqual: return .bool(ValueComparison.order(a, b).map { $0 >= 0 } ?? false)
        default:
            for (value, expr) in [(a, left), (b, right)] where value == .null {
                throw failure(RunMessages.nullValue(Printer.print(expr), "used in '\(op.rawValue)'"))
            }
            guard let result = ValueComparison.arithmetic(op, a, b) else {
                throw failure(RunMessages.internalError("'\(op.rawValue)' needs numbers"))
            }
            return result
        }
    }

    func negate(_ value: Value, _ operand: Expr) throws(Interrupt) -> Value {
        switch value {
        case .int(let i) where i != Int.min: return .int(-i)
        case .int(let i): return .number(-Double(i))
        case .number(let d): return .number(-d)
        case .null: throw failure(RunMessages.nullValue(Printer.print(operand), "negated"))
        default: throw failure(RunMessages.internalError("'-' needs a number"))
        }
    }

    /// `text ~ "pattern"`: true when the pattern matches anywhere in the text; a null text matches nothing.
    private mutating func matches(_ left: Expr, _ right: Expr) async throws(Interrupt) -> Bool {
        let subject = try await evaluate(left)
        let pattern: String
        if case .string(let literal) = right.kind, let plain = literal.plainText {
            pattern = plain
        } else {
            pattern = try await evaluate(right).text ?? ""
        }
        guard let regex = context.regex(pattern) else {
            throw failure(RunMessages.internalError("invalid regular expression '\(pattern)'"))
        }
        guard let text = subject.text else { return false }
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        return regex.firstMatch(in: text, range: range) != nil
    }
}
