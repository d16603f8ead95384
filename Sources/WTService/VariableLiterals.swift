import WTRuntime
import WTSyntax

/// The prefix's variables as `let` statements, so the remaining steps of a repaired program can run on
/// their own from where the prefix left off. Only values a literal can write carry over (text, numbers,
/// booleans and lists of them); a record, null or secret does not, and steps that read one fail their check
/// with the name, which the model then sees.
enum VariableLiterals {
    static func lets(_ variables: [String: Value]) -> [Statement] {
        variables.sorted { $0.key < $1.key }.compactMap { name, value in
            literal(value).map { Statement(.letBinding(target: Identifier(name), op: .assign, $0)) }
        }
    }

    static func literal(_ value: Value) -> Expr? {
        switch value {
        case .string(let s), .url(let s), .date(let s): return Expr(.string(StringLiteral(text: s)))
        case .int(let i): return Expr(.int(i))
        case .number(let d):
            let text = String(d)
            return d.isFinite && !text.contains("e") ? Expr(.number(text)) : nil
        case .bool(let b): return Expr(.bool(b))
        case .list(let items):
            let literals = items.compactMap(literal)
            return literals.count == items.count ? Expr(.list(literals)) : nil
        default: return nil
        }
    }
}
