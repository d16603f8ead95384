/// One-line statements: steps, `let`, `expect`, `break`, `return`.
extension PrintBuffer {
    mutating func writeSimpleStatement(_ kind: Statement.Kind) {
        switch kind {
        case .open(let url):
            write("open ")
            writeExpr(url)
        case .click(let locator, let timeout):
            writeKeyword("click", locator, timeout: timeout)
        case .fill(let locator, let value, let timeout):
            writeFill(locator, value, timeout)
        case .select(let locator, let by, let value, let timeout):
            writeSelect(locator, by, value, timeout)
        case .check(let locator, let checked, let timeout):
            writeKeyword(checked ? "check" : "uncheck", locator, timeout: timeout)
        case .press(let key, let on):
            writePress(key, on)
        case .scroll(let scroll):
            writeScroll(scroll)
        case .waitFor(let condition, let timeout):
            write("wait for ")
            writeExpr(condition)
            writeTimeout(timeout)
        case .back: write("back")
        case .download(let locator, let into, let timeout):
            writeDownload(locator, into, timeout)
        case .breakLoop: write("break")
        case .returnProgram: write("return")
        case .letBinding(let target, let op, let value):
            writeAssignment("let", target, op)
            writeExpr(value)
        case .expect(let condition):
            write("expect ")
            writeExpr(condition)
        case .within, .forEach, .repeatLoop, .ifElse, .extract:
            // Statements with their own layout; `writeStatement` handles them before reaching here.
            break
        }
    }

    /// `let name = ` or `extract name += `.
    mutating func writeAssignment(_ keyword: String, _ target: Identifier, _ op: AssignOp) {
        write(keyword)
        write(" ")
        write(target.name)
        write(" ")
        write(op.rawValue)
        write(" ")
    }

    private mutating func writeKeyword(_ keyword: String, _ locator: Locator, timeout: DurationLiteral?) {
        write(keyword)
        write(" ")
        writeLocator(locator)
        writeTimeout(timeout)
    }

    private mutating func writeTimeout(_ timeout: DurationLiteral?) {
        guard let timeout else { return }
        write(" timeout ")
        writeDuration(timeout)
    }

    private mutating func writeFill(_ locator: Locator, _ value: Expr, _ timeout: DurationLiteral?) {
        write("fill ")
        writeLocator(locator)
        write(" with ")
        writeExpr(value)
        writeTimeout(timeout)
    }

    private mutating func writeSelect(_ locator: Locator, _ by: SelectBy, _ value: Expr, _ timeout: DurationLiteral?) {
        write("select ")
        writeLocator(locator)
        write(by == .option ? " option " : " value ")
        writeExpr(value)
        writeTimeout(timeout)
    }

    private mutating func writeDownload(_ locator: Locator, _ into: Identifier, _ timeout: DurationLiteral?) {
        write("download ")
        writeLocator(locator)
        write(" into ")
        write(into.name)
        writeTimeout(timeout)
    }

    private mutating func writePress(_ key: StringLiteral, _ on: Locator?) {
        write("press ")
        writeString(key)
        if let on {
            write(" on ")
            writeLocator(on)
        }
    }

    private mutating func writeScroll(_ scroll: Scroll) {
        write("scroll")
        switch scroll {
        case .page: break
        case .to(let locator):
            write(" to ")
            writeLocator(locator)
        case .untilNoNew(let locator, let max):
            write(" until no new ")
            writeLocator(locator)
            writeMax(max)
        case .until(let condition, let max):
            write(" until ")
            writeExpr(condition)
            writeMax(max)
        }
    }

    private mutating func writeMax(_ max: Expr) {
        write(" max ")
        writeExpr(max)
    }
}
