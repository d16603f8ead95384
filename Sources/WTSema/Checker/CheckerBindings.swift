import WTDiagnostics
import WTSyntax

/// `extract` and `let`: the target's declared type (if any) guides the extraction, and the value must fit it.
extension CheckerWalker {
    mutating func checkExtract(_ target: Identifier, _ op: AssignOp, _ extraction: Extraction) {
        let symbol = scopes.lookup(target.name)
        let expected = symbol.flatMap { expectedValueType(for: $0.type, op) }
        let value = inferExtraction(extraction, expected: expected, targetName: target.name)
        bind(target, op, value, valueRange: extraction.range, symbol: symbol, help: extraction.fieldKindHelp)
    }

    mutating func checkLet(_ target: Identifier, _ op: AssignOp, _ expr: Expr) {
        let symbol = scopes.lookup(target.name)
        let value = inferType(expr)
        bind(target, op, value, valueRange: expr.range, symbol: symbol, help: { _ in nil })
    }

    /// What the right side should produce: the target itself for `=`, its element for `+=` of one element.
    private func expectedValueType(for target: WTType, _ op: AssignOp) -> WTType? {
        op == .assign ? target : target.elementType.map { WTType.list($0) }
    }

    private mutating func bind(
        _ target: Identifier, _ op: AssignOp, _ value: WTType, valueRange: SourceRange,
        symbol: Symbol?, help: (WTType) -> String?
    ) {
        guard let symbol else {
            if op == .append {
                emit(
                    SemaMessages.undefinedName(target.name), target.range,
                    help: Suggestions.help(for: target.name, among: scopes.visibleNames)
                        ?? "declare it first with '= …' or as an output")
            } else {
                scopes.declare(
                    Symbol(name: target.name, kind: .variable, type: value, range: target.range, assigned: true))
                noteAssignment(target.name)
            }
            return
        }
        noteAssignment(target.name)
        if symbol.kind == .parameter || symbol.kind == .loopVariable {
            emit(
                SemaMessages.readOnly(target.name, symbol.kind.rawValue), target.range,
                help: "bind the value to a new name instead")
            return
        }
        if op == .append {
            guard let element = symbol.type.elementType else {
                if symbol.type != .error { emit(SemaMessages.appendToNonList(target.name, symbol.type), target.range) }
                return
            }
            if !TypeRules.isAssignable(value, to: symbol.type), !TypeRules.isAssignable(value, to: element) {
                emit(SemaMessages.notAssignable(value, to: target.name, symbol.type), valueRange, help: help(element))
            }
        } else if !TypeRules.isAssignable(value, to: symbol.type) {
            emit(SemaMessages.notAssignable(value, to: target.name, symbol.type), valueRange, help: help(symbol.type))
        }
    }
}

extension Extraction {
    /// For a mismatch on a field kind, the kind that would produce the target type.
    var fieldKindHelp: (WTType) -> String? {
        { target in
            guard case .field = self else { return nil }
            return FieldKinds.suggestion(for: target)
        }
    }
}
