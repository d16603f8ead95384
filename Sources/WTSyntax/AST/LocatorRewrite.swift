/// Every locator of a statement, expression or extraction passed through one function, the tree otherwise
/// unchanged: how a repair retargets a program whose site renamed things (`".quote"` → `".entry"`) while the
/// program's structure — its loops, conditions and contracts — stays as written.
public enum LocatorRewrite {
    public typealias Change = (Locator) -> Locator

    public static func statements(_ statements: [Statement], _ change: Change) -> [Statement] {
        statements.map { statement($0, change) }
    }

    public static func statement(_ statement: Statement, _ change: Change) -> Statement {
        var out = statement
        out.kind = kind(statement.kind, change)
        return out
    }

    private static func kind(_ kind: Statement.Kind, _ f: Change) -> Statement.Kind {
        switch kind {
        case .open(let e): .open(expr(e, f))
        case .click(let l, let t): .click(f(l), timeout: t)
        case .fill(let l, let v, let t): .fill(f(l), value: expr(v, f), timeout: t)
        case .select(let l, let by, let v, let t): .select(f(l), by: by, value: expr(v, f), timeout: t)
        case .check(let l, let on, let t): .check(f(l), checked: on, timeout: t)
        case .press(let key, let l): .press(key: key, on: l.map(f))
        case .scroll(let s): .scroll(scroll(s, f))
        case .waitFor(let e, let t): .waitFor(expr(e, f), timeout: t)
        case .back, .breakLoop, .returnProgram: kind
        case .download(let l, let into, let t): .download(f(l), into: into, timeout: t)
        case .within(let l, let b): .within(f(l), block(b, f))
        case .forEach(let v, let list, let c, let b):
            .forEach(variable: v, list: expr(list, f), concurrency: c.map { expr($0, f) }, body: block(b, f))
        case .repeatLoop(let count, let counter, let b):
            .repeatLoop(count: count.map { expr($0, f) }, counter: counter, body: block(b, f))
        case .ifElse(let c, let then, let otherwise):
            .ifElse(condition: expr(c, f), then: block(then, f), otherwise: otherwise.map { elseBranch($0, f) })
        case .extract(let target, let op, let x): .extract(target: target, op: op, extraction(x, f))
        case .letBinding(let target, let op, let e): .letBinding(target: target, op: op, expr(e, f))
        case .expect(let e): .expect(expr(e, f))
        }
    }

    private static func block(_ block: Block, _ f: Change) -> Block {
        var out = block
        out.statements = statements(block.statements, f)
        return out
    }

    private static func elseBranch(_ branch: Else, _ f: Change) -> Else {
        switch branch {
        case .elseIf(let s): .elseIf(statement(s, f))
        case .block(let b): .block(block(b, f))
        }
    }

    private static func scroll(_ scroll: Scroll, _ f: Change) -> Scroll {
        switch scroll {
        case .page: .page
        case .to(let l): .to(f(l))
        case .untilNoNew(let l, let max): .untilNoNew(f(l), max: expr(max, f))
        case .until(let c, let max): .until(expr(c, f), max: expr(max, f))
        }
    }

    public static func expr(_ expr: Expr, _ f: Change) -> Expr {
        var out = expr
        switch expr.kind {
        case .exists(let l): out.kind = .exists(f(l))
        case .visible(let l): out.kind = .visible(f(l))
        case .hidden(let l): out.kind = .hidden(f(l))
        case .count(.locator(let l)): out.kind = .count(.locator(f(l)))
        case .pageText(let l): out.kind = .pageText(f(l))
        case .attribute(let name, let l): out.kind = .attribute(name, f(l))
        case .formValue(let l): out.kind = .formValue(f(l))
        case .transformed(let inner, let t): out.kind = .transformed(self.expr(inner, f), t)
        case .not(let inner): out.kind = .not(self.expr(inner, f))
        case .paren(let inner): out.kind = .paren(self.expr(inner, f))
        case .negate(let inner): out.kind = .negate(self.expr(inner, f))
        case .binary(let op, let l, let r): out.kind = .binary(op, self.expr(l, f), self.expr(r, f))
        case .list(let items): out.kind = .list(items.map { self.expr($0, f) })
        default: break
        }
        return out
    }

    private static func extraction(_ x: Extraction, _ f: Change) -> Extraction {
        switch x {
        case .field(let field): .field(self.field(field, f))
        case .each(let l, let body): .each(f(l), record(body, f))
        case .one(let l, let body): .one(f(l), record(body, f))
        case .table(let l, let range): .table(f(l), range: range)
        case .json: x
        case .eachJSON(let j, let body): .eachJSON(j, record(body, f))
        }
    }

    private static func field(_ field: FieldExtraction, _ f: Change) -> FieldExtraction {
        var out = field
        out.locator = f(field.locator)
        return out
    }

    private static func record(_ body: RecordBody, _ f: Change) -> RecordBody {
        var out = body
        out.fields = body.fields.map { binding in
            var b = binding
            switch binding.value {
            case .extraction(let x): b.value = .extraction(field(x, f))
            case .expr(let e): b.value = .expr(expr(e, f))
            case .json: break
            }
            return b
        }
        return out
    }
}
