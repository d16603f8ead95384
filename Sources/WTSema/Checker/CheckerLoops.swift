import WTDiagnostics
import WTSyntax

/// Loops: every loop must be bounded (CONVENTIONS: "every loop needs a bound").
extension CheckerWalker {
    mutating func checkRepeat(_ count: Expr?, _ counter: Identifier?, _ body: Block, _ range: SourceRange) {
        if let count {
            checkBound(count, "the repeat count")
        } else {
            emit(
                SemaMessages.unboundedRepeat, SourceRange(start: range.start, end: range.start + 6),
                help: "give it a count, e.g. 'repeat 50 { … }', and 'break' when done")
        }
        scopes.push()
        if let counter {
            _ = declareSymbol(
                Symbol(
                    name: counter.name, kind: .loopVariable, type: .int, range: counter.range,
                    assigned: true))
        }
        loops.append(nil)
        _ = checkSequence(body.statements)
        loops.removeLast()
        scopes.pop()
    }

    mutating func checkForEach(_ variable: Identifier, _ list: Expr, _ concurrency: Expr?, _ body: Block) {
        let listType = inferType(list)
        var element = WTType.error
        if let e = listType.elementType {
            element = e
        } else if listType != .error {
            emit(
                SemaMessages.typeMismatch("'for each' needs a list; the value", expected: "a list", found: listType),
                list.range)
        }
        if let concurrency { checkBound(concurrency, "the concurrency") }
        scopes.push()
        _ = declareSymbol(
            Symbol(
                name: variable.name, kind: .loopVariable, type: element, range: variable.range,
                assigned: true))
        let root = rootName(list)
        loops.append(root)
        assignedInLoop.append([])
        _ = checkSequence(body.statements)
        let assigned = assignedInLoop.removeLast()
        loops.removeLast()
        scopes.pop()
        if let root, assigned.contains(root) {
            emit(
                SemaMessages.growingLoop(root), list.range,
                help: "collect into another list, and iterate over that one in a second loop")
        }
    }

    /// A bound is an int; a literal bound must be at least 1.
    mutating func checkBound(_ bound: Expr, _ what: String) {
        expectType(bound, what, [.int])
        if let value = intLiteral(bound), value < 1 {
            emit(SemaMessages.nonPositiveBound(what, value), bound.range)
        }
    }

    func intLiteral(_ expr: Expr) -> Int? {
        switch expr.kind {
        case .int(let v): v
        case .negate(let inner): intLiteral(inner).map { -$0 }
        case .paren(let inner): intLiteral(inner)
        default: nil
        }
    }

    func rootName(_ expr: Expr) -> String? {
        switch expr.kind {
        case .path(let parts): parts.first?.name
        case .paren(let inner): rootName(inner)
        default: nil
        }
    }
}
