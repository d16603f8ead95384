import WTSema
import WTSyntax

/// The types the checker gave names and expressions, re-derived where the interpreter needs them:
/// `CheckedProgram` keeps only parameter and output types, but a variable's type decides whether its
/// record fields may be missing, and a loop variable's type comes from its list.
enum StaticTypes {
    static func type(of expr: Expr, in env: Environment) -> WTType {
        switch expr.kind {
        case .string, .title: return .string
        case .int, .count: return .int
        case .number: return .number
        case .bool, .exists, .visible, .hidden, .allHave, .not: return .bool
        case .pageText, .attribute, .formValue: return .optional(.string)
        case .transformed(let inner, let transforms):
            return TransformTypes.type(after: transforms, from: type(of: inner, in: env))
        case .url: return .url
        case .list(let items):
            let joined = items.map { type(of: $0, in: env) }.reduce(WTType?.none) { acc, t in
                acc.map { join($0, t) } ?? t
            }
            return .list(joined ?? .error)
        case .path(let parts): return type(ofPath: parts, in: env)
        case .negate(let inner): return type(of: inner, in: env) == .int ? .int : .number
        case .paren(let inner): return type(of: inner, in: env)
        case .binary(let op, let left, let right):
            switch op {
            case .plus, .minus:
                return type(of: left, in: env).unwrapped == .int && type(of: right, in: env).unwrapped == .int
                    ? .int : .number
            default: return .bool
            }
        }
    }

    static func type(ofPath parts: [Identifier], in env: Environment) -> WTType {
        guard let root = parts.first, var type = env.lookup(root.name)?.type else { return .error }
        for part in parts.dropFirst() {
            guard let field = type.field(part.name) else { return .error }
            type = type.isOptional && !field.isOptional ? .optional(field) : field
        }
        return type
    }

    /// What a field extraction produces, after its transforms.
    static func type(of field: FieldExtraction) -> WTType {
        TransformTypes.type(after: field.transforms, from: type(of: field.kind))
    }

    /// What a field kind produces (the checker's table).
    static func type(of kind: FieldKind) -> WTType {
        switch kind {
        case .text, .html, .attr: .string
        case .texts, .attrs: .list(.string)
        case .number: .number
        case .int, .count: .int
        case .url: .url
        case .urls: .list(.url)
        case .date: .date
        case .exists: .bool
        }
    }

    /// The checker's assignability (one rule for both stages).
    static func isAssignable(_ value: WTType, to target: WTType) -> Bool {
        TypeRules.isAssignable(value, to: target)
    }

    private static func join(_ a: WTType, _ b: WTType) -> WTType {
        if isAssignable(a, to: b) { return b }
        if isAssignable(b, to: a) { return a }
        return .error
    }
}
