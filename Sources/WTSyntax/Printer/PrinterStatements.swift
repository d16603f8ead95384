/// Statements and blocks. Each statement owns whole lines: its leading comments, its text at the
/// current depth, and its trailing comment at the end of its first line.
extension PrintBuffer {
    /// A sequence of statements: a blank line before each one that had one in the source, except the first.
    mutating func writeStatements(_ statements: [Statement]) {
        for (index, statement) in statements.enumerated() {
            if index > 0 && statement.trivia.blankLineBefore { blankLine() }
            writeStatement(statement)
        }
    }

    mutating func writeStatement(_ statement: Statement) {
        commentLines(statement.trivia.leadingComments)
        startLine()
        let trailing = statement.trivia.trailingComment
        switch statement.kind {
        case .within(let locator, let body):
            write("within ")
            writeLocator(locator)
            writeBlock(body, trailing: trailing)
        case .forEach(let variable, let list, let concurrency, let body):
            writeForEach(variable, list, concurrency)
            writeBlock(body, trailing: trailing)
        case .repeatLoop(let count, let counter, let body):
            writeRepeat(count, counter)
            writeBlock(body, trailing: trailing)
        case .ifElse(let condition, let then, let otherwise):
            writeIf(condition, then, otherwise, trailing: trailing)
        case .extract(let target, let op, let extraction):
            writeExtract(target, op, extraction, trailing: trailing)
        default:
            writeSimpleStatement(statement.kind)
            endLine(trailing: trailing)
        }
    }

    /// ` {`, the trailing comment, the body one level deeper, its closing comments, and `}` with no line
    /// break after it, so `if` can continue the line with `else`.
    mutating func writeBlockOpen(_ body: Block, trailing: Comment?, before closing: [Comment] = []) {
        write(" {")
        endLine(trailing: trailing)
        depth += 1
        writeStatements(body.statements)
        commentLines(body.closingComments)
        commentLines(closing)
        depth -= 1
        startLine()
        write("}")
    }

    private mutating func writeBlock(_ body: Block, trailing: Comment?) {
        writeBlockOpen(body, trailing: trailing)
        newline()
    }

    private mutating func writeForEach(_ variable: Identifier, _ list: Expr, _ concurrency: Expr?) {
        write("for each ")
        write(variable.name)
        write(" in ")
        writeExpr(list)
        if let concurrency {
            write(" concurrency ")
            writeExpr(concurrency)
        }
    }

    private mutating func writeRepeat(_ count: Expr?, _ counter: Identifier?) {
        write("repeat")
        if let count {
            write(" ")
            writeExpr(count)
        }
        if let counter {
            write(" as ")
            write(counter.name)
        }
    }

    /// `if … {` … `} else if … {` … `} else {` … `}`, chained on the closing-brace lines. An `else if`
    /// has nowhere of its own to put leading comments, so they close the block before it instead.
    private mutating func writeIf(_ condition: Expr, _ then: Block, _ otherwise: Else?, trailing: Comment?) {
        var condition = condition
        var then = then
        var otherwise = otherwise
        var trailing = trailing
        write("if ")
        // A loop rather than recursion, so a long `else if` chain costs no stack.
        while true {
            writeExpr(condition)
            switch otherwise {
            case .none:
                writeBlockOpen(then, trailing: trailing)
                return newline()
            case .block(let last):
                writeBlockOpen(then, trailing: trailing)
                write(" else")
                writeBlockOpen(last, trailing: nil)
                return newline()
            case .elseIf(let next):
                guard case .ifElse(let c, let t, let o) = next.kind else {
                    // Not an `if`: the grammar cannot say this; print it as a block holding the statement.
                    writeBlockOpen(then, trailing: trailing)
                    write(" else")
                    writeBlockOpen(Block([next]), trailing: nil)
                    return newline()
                }
                writeBlockOpen(then, trailing: trailing, before: next.trivia.leadingComments)
                write(" else if ")
                (condition, then, otherwise, trailing) = (c, t, o, next.trivia.trailingComment)
            }
        }
    }
}
