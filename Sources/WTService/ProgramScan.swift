import WTSyntax

/// Questions about a program's statements that a repair asks.
enum ProgramScan {
    /// The names a condition reads as lists or records (`count quotes`, `all quotes have …`, `quotes`).
    static func outputsNamed(in expr: Expr) -> Set<String> {
        switch expr.kind {
        case .count(.path(let parts)), .path(let parts): parts.first.map { [$0.name] } ?? []
        case .allHave(let list, _): list.first.map { [$0.name] } ?? []
        case .not(let e), .paren(let e), .negate(let e), .transformed(let e, _): outputsNamed(in: e)
        case .binary(_, let l, let r): outputsNamed(in: l).union(outputsNamed(in: r))
        default: []
        }
    }

    /// Whether `statement` extracts into one of `names`, at any depth.
    static func reads(_ names: Set<String>, _ statement: Statement) -> Bool {
        switch statement.kind {
        case .extract(let target, _, _): names.contains(target.name)
        case .within(_, let b), .forEach(_, _, _, let b), .repeatLoop(_, _, let b):
            b.statements.contains { reads(names, $0) }
        case .ifElse(_, let then, let otherwise):
            then.statements.contains { reads(names, $0) }
                || otherwise.map { branch in
                    switch branch {
                    case .block(let b): b.statements.contains { reads(names, $0) }
                    case .elseIf(let s): reads(names, s)
                    }
                } ?? false
        default: false
        }
    }
}
