import Foundation
import WTDiagnostics
import WTSyntax

/// Expression types. An expression that already produced an error has type `.error`, which fits
/// anywhere, so one mistake is reported once.
extension CheckerWalker {
    /// Checks `expr` and reports when its type is not one of `allowed` (optional versions are accepted).
    @discardableResult
    mutating func expectType(_ expr: Expr, _ what: String, _ allowed: [WTType]) -> WTType {
        let type = inferType(expr)
        if allowed.contains(where: { TypeRules.isAssignable(type.unwrapped, to: $0) }) { return type }
        let expected =
            allowed.count == 1 ? "\(allowed[0])" : "one of " + allowed.map(\.description).joined(separator: ", ")
        emit(SemaMessages.typeMismatch(what, expected: expected, found: type), expr.range)
        return .error
    }

    mutating func inferType(_ expr: Expr) -> WTType {
        switch expr.kind {
        case .string(let literal): checkInterpolations(literal); return .string
        case .int: return .int
        case .number: return .number
        case .bool: return .bool
        case .list(let items): return inferList(items)
        case .path(let parts): return resolvePath(parts)
        case .url: checkNotShadowed("url", expr.range); return .url
        case .title: checkNotShadowed("title", expr.range); return .string
        case .exists(let locator):
            checkLocator(locator, forAction: false)
            return .bool
        case .visible(let locator), .hidden(let locator):
            checkLocator(locator, forAction: false)
            checkSelectsElements(locator, use: "'visible' and 'hidden'")
            return .bool
        case .pageText(let locator):
            checkLocator(locator, forAction: false)
            return .optional(.string)
        case .formValue(let locator):
            checkLocator(locator, forAction: false)
            checkSelectsElements(locator, use: "'value of'")
            return .optional(.string)
        case .attribute(let name, let locator):
            checkAttributeName(name)
            checkLocator(locator, forAction: false)
            checkSelectsElements(locator, use: "'attr'")
            return .optional(.string)
        case .transformed(let inner, let transforms): return applyTransforms(transforms, to: inferType(inner))
        case .count(.locator(let locator)): checkLocator(locator, forAction: false); return .int
        case .count(.path(let parts)): return countOfPath(parts)
        case .allHave(let list, let fields): return checkAllHave(list, fields)
        case .negate(let inner):
            return expectType(inner, "'-' operand", [.number]) == .int ? .int : .number
        case .not(let inner): expectType(inner, "'not' operand", [.bool]); return .bool
        case .binary(let op, let left, let right): return inferBinary(op, left, right, expr.range)
        case .paren(let inner): return inferType(inner)
        }
    }

    private mutating func inferList(_ items: [Expr]) -> WTType {
        var element: WTType?
        for item in items {
            let t = inferType(item)
            guard let current = element else { element = t; continue }
            if let joined = TypeRules.join(current, t) {
                element = joined
            } else {
                emit(SemaMessages.typeMismatch("every element of a list", expected: "\(current)", found: t), item.range)
            }
        }
        return .list(element ?? .error)
    }

    /// `name.field.sub`: the root must be declared; each step must name a field of a record.
    mutating func resolvePath(_ parts: [Identifier]) -> WTType {
        guard let root = parts.first else { return .error }
        guard let symbol = scopes.lookup(root.name) else {
            emit(
                SemaMessages.undefinedName(root.name), root.range,
                help: Suggestions.help(for: root.name, among: scopes.visibleNames))
            return .error
        }
        var type = symbol.type
        for part in parts.dropFirst() {
            guard case .record(let fields) = type.unwrapped else {
                if type != .error { emit(SemaMessages.fieldAccessOnNonRecord(part.name, type), part.range) }
                return .error
            }
            guard let field = fields.first(where: { $0.name == part.name }) else {
                emit(
                    SemaMessages.unknownField(part.name, of: type), part.range,
                    help: Suggestions.help(for: part.name, among: fields.map(\.name)))
                return .error
            }
            type = type.isOptional && !field.type.isOptional ? .optional(field.type) : field.type
        }
        return type
    }

    private mutating func countOfPath(_ parts: [Identifier]) -> WTType {
        let type = resolvePath(parts)
        if type != .error, type.elementType == nil {
            let range = parts.first.map { $0.range.union(parts.last?.range ?? $0.range) } ?? .at(0)
            emit(
                SemaMessages.typeMismatch("'count' of a name needs a list; the value", expected: "a list", found: type),
                range)
        }
        return .int
    }

    private mutating func checkAllHave(_ list: [Identifier], _ fields: [Identifier]) -> WTType {
        let type = resolvePath(list)
        guard type != .error else { return .bool }
        guard let element = type.elementType, case .record(let declared) = element.unwrapped else {
            let range = list.first.map { $0.range.union(list.last?.range ?? $0.range) } ?? .at(0)
            emit(
                SemaMessages.typeMismatch(
                    "'all … have' needs a list of records; the value",
                    expected: "a list of records", found: type), range)
            return .bool
        }
        for field in fields where !declared.contains(where: { $0.name == field.name }) {
            emit(
                SemaMessages.unknownField(field.name, of: element), field.range,
                help: Suggestions.help(for: field.name, among: declared.map(\.name)))
        }
        return .bool
    }

    private mutating func inferBinary(_ op: BinaryOp, _ left: Expr, _ right: Expr, _ range: SourceRange) -> WTType {
        switch op {
        case .and, .or:
            expectType(left, "'\(op.rawValue)' operand", [.bool])
            expectType(right, "'\(op.rawValue)' operand", [.bool])
            return .bool
        case .equal, .notEqual:
            let (a, b) = (inferType(left), inferType(right))
            if !TypeRules.isComparable(a, b) {
                emit(
                    SemaMessages.typeMismatch("the right side of '\(op.rawValue)'", expected: "\(a)", found: b),
                    right.range)
            }
            return .bool
        case .less, .lessEqual, .greater, .greaterEqual:
            let (a, b) = (inferType(left), inferType(right))
            if !TypeRules.isOrdered(a, b) {
                emit(
                    SemaMessages.typeMismatch(
                        "both sides of '\(op.rawValue)'", expected: "numbers, dates or strings",
                        found: TypeRules.isOrdered(a, a) ? b : a), range)
            }
            return .bool
        case .matches:
            expectType(left, "the left side of '~'", [.string, .url])
            checkRegex(right)
            return .bool
        case .plus, .minus:
            let a = expectType(left, "'\(op.rawValue)' operand", [.number])
            let b = expectType(right, "'\(op.rawValue)' operand", [.number])
            return a == .int && b == .int ? .int : .number
        }
    }

    /// `~` takes a literal pattern so it can be checked now rather than fail in the middle of a run.
    private mutating func checkRegex(_ pattern: Expr) {
        guard case .string(let literal) = pattern.kind, literal.plainText != nil else {
            emit(SemaMessages.regexNeedsLiteral, pattern.range)
            return
        }
        _ = compileRegex(literal)
    }

    /// The compiled pattern of a plain literal, or nil after reporting why it does not compile.
    mutating func compileRegex(_ literal: StringLiteral) -> NSRegularExpression? {
        guard let text = literal.plainText else { return nil }
        do {
            return try NSRegularExpression(pattern: text)
        } catch {
            emit(
                SemaMessages.invalidRegex("'\(text)' does not compile"), literal.range,
                help: "escape special characters such as ( [ . ? with a backslash")
            return nil
        }
    }

    /// Bare `url` and `title` read the page; a variable of that name in scope makes the word ambiguous, which
    /// is a warning, not an error: the meaning is defined, and a compiled program whose trace named an output
    /// `url` still checks.
    private mutating func checkNotShadowed(_ word: String, _ range: SourceRange) {
        guard scopes.lookup(word) != nil else { return }
        emit(SemaMessages.ambiguousPageWord(word), range, help: SemaMessages.Help.ambiguousPageWord(word))
    }

    mutating func checkAttributeName(_ name: StringLiteral) {
        if name.plainText?.isEmpty ?? false { emit(SemaMessages.emptyString("an attribute name"), name.range) }
        checkInterpolations(name)
    }

    /// Interpolated paths must be scalar and must not be secrets.
    mutating func checkInterpolations(_ literal: StringLiteral) {
        for case .interpolation(let parts) in literal.parts {
            let type = resolvePath(parts)
            let path = parts.map(\.name).joined(separator: ".")
            let range = parts.first.map { $0.range.union(parts.last?.range ?? $0.range) } ?? literal.range
            if type.unwrapped == .secret {
                emit(SemaMessages.interpolateSecret(path), range, help: "type secrets with 'fill … with \(path)'")
            } else if !type.isScalar {
                emit(
                    SemaMessages.interpolateNonScalar(path, type), range,
                    help: "interpolate one element, e.g. inside 'for each'")
            }
        }
    }
}
