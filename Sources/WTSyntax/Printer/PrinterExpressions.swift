/// Expressions, written on the current line.
///
/// The AST keeps the author's parentheses as `.paren`, so structure is printed as given. Parentheses are
/// added only where the tree could not come back otherwise: a `.binary` or `not` child that binds looser
/// than its place in the grammar allows (`(a or b) and c`, `a == (not b)`), the right operand of a
/// left-associative operator at the same level (`a - (b - c)`), and either operand of a comparison
/// that is itself a comparison (comparisons do not chain).
extension PrintBuffer {
    /// How tightly a form binds, following the grammar's `or_expr` … `primary` ladder. `not` sits between
    /// `and` and the comparisons: its operand is a comparison, and it is an operand of `and`.
    enum Level: Int, Comparable {
        case or = 1, and, not, comparison, additive, primary

        static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }

        init(_ op: BinaryOp) {
            switch op.precedence {
            case 1: self = .or
            case 2: self = .and
            case 3: self = .comparison
            default: self = .additive
            }
        }

        /// Comparisons are non-associative, so a comparison operand on either side needs parentheses; the
        /// other operators associate to the left, so only their right operand does.
        static func leftOperand(of op: BinaryOp) -> Level {
            let level = Level(op)
            return level == .comparison ? rightOperand(of: op) : level
        }

        static func rightOperand(of op: BinaryOp) -> Level {
            Level(rawValue: Level(op).rawValue + 1) ?? .primary
        }

        init(of expr: Expr) {
            switch expr.kind {
            case .binary(let op, _, _): self.init(op)
            case .not: self = .not
            default: self = .primary
            }
        }
    }

    /// Writes `expr` where the grammar expects a form binding at least as tightly as `level`; a looser
    /// form is wrapped in parentheses.
    mutating func writeExpr(_ expr: Expr, atLeast level: Level = .or) {
        if Level(of: expr) < level {
            write("(")
            writeExpr(expr)
            write(")")
            return
        }
        switch expr.kind {
        case .binary(let op, let lhs, let rhs): writeBinary(op, lhs, rhs)
        case .not(let operand):
            write("not ")
            writeExpr(operand, atLeast: .not)
        case .negate(let operand):
            write("-")
            writeExpr(operand, atLeast: .primary)
        case .paren(let inner):
            write("(")
            writeExpr(inner)
            write(")")
        default: writePrimary(expr)
        }
    }

    /// `a + b - c` parses into a tree as deep as the chain is long, with no limit, so the left spine is
    /// walked with a loop; recursion is left for parentheses, which the parser caps at a small depth.
    private mutating func writeBinary(_ op: BinaryOp, _ lhs: Expr, _ rhs: Expr) {
        var rightOperands = [(op, rhs)]
        var leftmost = lhs
        while case .binary(let innerOp, let innerLHS, let innerRHS) = leftmost.kind,
            Level(innerOp) >= Level.leftOperand(of: rightOperands[rightOperands.count - 1].0)
        {
            rightOperands.append((innerOp, innerRHS))
            leftmost = innerLHS
        }
        writeExpr(leftmost, atLeast: Level.leftOperand(of: rightOperands[rightOperands.count - 1].0))
        for (op, operand) in rightOperands.reversed() {
            write(" ")
            write(op.rawValue)
            write(" ")
            writeExpr(operand, atLeast: Level.rightOperand(of: op))
        }
    }

    private mutating func writePrimary(_ expr: Expr) {
        switch expr.kind {
        case .string(let literal): writeString(literal)
        case .int(let value): write(String(value))
        case .number(let text): write(text)
        case .bool(let value): write(value ? "true" : "false")
        case .list(let elements): writeList(elements)
        case .path(let names): writePath(names)
        case .url: write("url")
        case .title: write("title")
        case .exists(let locator), .visible(let locator), .hidden(let locator), .pageText(let locator),
            .formValue(let locator), .attribute(_, let locator):
            writeLocatorQuery(expr.kind, locator)
        case .transformed(let inner, let transforms):
            writeExpr(inner, atLeast: .primary)
            writeTransforms(transforms)
        case .count(let subject):
            write("count ")
            writeCountSubject(subject)
        case .allHave(let list, let fields):
            write("all ")
            writePath(list)
            write(" have ")
            writeJoined(fields, separator: ", ") { $0.write($1.name) }
        case .binary, .not, .negate, .paren: writeExpr(expr)
        }
    }

    /// `exists L`, `visible L`, `hidden L`, `text L`, `value of L`, `attr "n" of L`.
    private mutating func writeLocatorQuery(_ kind: Expr.Kind, _ locator: Locator) {
        switch kind {
        case .visible: write("visible ")
        case .hidden: write("hidden ")
        case .pageText: write("text ")
        case .formValue: write("value of ")
        case .attribute(let name, _):
            write("attr ")
            writeString(name)
            write(" of ")
        default: write("exists ")
        }
        writeLocator(locator)
    }

    private mutating func writeList(_ elements: [Expr]) {
        write("[")
        writeJoined(elements, separator: ", ") { $0.writeExpr($1) }
        write("]")
    }

    private mutating func writeCountSubject(_ subject: CountSubject) {
        switch subject {
        case .locator(let locator): writeLocator(locator)
        case .path(let names): writePath(names)
        }
    }

    mutating func writePath(_ names: [Identifier]) {
        writeJoined(names, separator: ".") { $0.write($1.name) }
    }

    mutating func writeJoined<T>(_ items: [T], separator: String, _ body: (inout PrintBuffer, T) -> Void) {
        for (index, item) in items.enumerated() {
            if index > 0 { write(separator) }
            body(&self, item)
        }
    }

    /// `500ms`, `5s` or `2m`: the largest unit that represents the value exactly.
    mutating func writeDuration(_ duration: DurationLiteral) {
        let ms = duration.milliseconds
        if ms != 0 && ms % 60_000 == 0 {
            write(String(ms / 60_000))
            write("m")
        } else if ms != 0 && ms % 1_000 == 0 {
            write(String(ms / 1_000))
            write("s")
        } else {
            write(String(ms))
            write("ms")
        }
    }
}
