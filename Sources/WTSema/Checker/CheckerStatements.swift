import WTDiagnostics
import WTSyntax

/// Statements: each step's operands, blocks and scopes, loop bounds and reachability.
extension CheckerWalker {
    /// Checks statements in order; returns true when control can never leave the sequence at its end
    /// (it always ends in `break` or `return`).
    mutating func checkSequence(_ statements: [Statement]) -> Bool {
        var terminated = false
        var reported = false
        for statement in statements {
            if terminated, !reported {
                emit(
                    SemaMessages.unreachable, statement.range,
                    help: "remove it, or move it before the 'break' or 'return'")
                reported = true
            }
            if checkStatement(statement) { terminated = true }
        }
        return terminated
    }

    /// A block in its own scope.
    mutating func checkBlock(_ block: Block) -> Bool {
        scopes.push()
        defer { scopes.pop() }
        return checkSequence(block.statements)
    }

    /// Returns true when the statement always transfers control (break, return, or an if whose every branch does).
    mutating func checkStatement(_ statement: Statement) -> Bool {
        switch statement.kind {
        case .open(let url):
            expectType(url, "the address to open", [.string, .url])
        case .click(let locator, let timeout):
            checkAction(locator, timeout, browser: false)
        case .fill(let locator, let value, let timeout):
            checkAction(locator, timeout, browser: false)
            expectType(value, "the value to fill in", [.string, .url, .int, .number, .date, .secret])
        case .select(let locator, _, let value, let timeout):
            checkAction(locator, timeout, browser: false)
            expectType(value, "the option to select", [.string, .url, .int, .number])
        case .check(let locator, _, let timeout):
            checkAction(locator, timeout, browser: false)
        case .press(let key, let on):
            usesBrowser = true
            checkKey(key)
            if let on { checkLocator(on, forAction: true) }
        case .scroll(let scroll):
            checkScroll(scroll)
        case .waitFor(let condition, let timeout):
            usesBrowser = true
            expectType(condition, "a 'wait for' condition", [.bool])
            checkTimeout(timeout)
        case .back:
            break
        case .download(let locator, let target, let timeout):
            checkAction(locator, timeout, browser: true)
            bindDownload(target)
        case .within(let locator, let body):
            checkLocator(locator, forAction: true)
            return checkBlock(body)
        case .forEach(let variable, let list, let concurrency, let body):
            checkForEach(variable, list, concurrency, body)
        case .repeatLoop(let count, let counter, let body):
            checkRepeat(count, counter, body, statement.range)
        case .ifElse(let condition, let then, let otherwise):
            return checkIf(condition, then, otherwise)
        case .breakLoop:
            if loops.isEmpty { emit(SemaMessages.breakOutsideLoop, statement.range) }
            return true
        case .returnProgram:
            return true
        case .extract(let target, let op, let extraction):
            checkExtract(target, op, extraction)
        case .letBinding(let target, let op, let value):
            checkLet(target, op, value)
        case .expect(let condition):
            expectType(condition, "an 'expect' condition", [.bool])
        }
        return false
    }

    mutating func checkAction(_ locator: Locator, _ timeout: DurationLiteral?, browser: Bool) {
        if browser { usesBrowser = true }
        checkLocator(locator, forAction: true)
        checkTimeout(timeout)
    }

    mutating func checkTimeout(_ timeout: DurationLiteral?) {
        if let timeout, timeout.milliseconds <= 0 { emit(SemaMessages.zeroTimeout, timeout.range) }
    }

    mutating func checkScroll(_ scroll: Scroll) {
        usesBrowser = true
        switch scroll {
        case .page: break
        case .to(let locator): checkLocator(locator, forAction: true)
        case .untilNoNew(let locator, let max):
            checkLocator(locator, forAction: false)
            checkBound(max, "the scroll limit")
        case .until(let condition, let max):
            expectType(condition, "a 'scroll until' condition", [.bool])
            checkBound(max, "the scroll limit")
        }
    }

    mutating func checkIf(_ condition: Expr, _ then: Block, _ otherwise: Else?) -> Bool {
        expectType(condition, "an 'if' condition", [.bool])
        let thenEnds = checkBlock(then)
        switch otherwise {
        case nil: return false
        case .block(let block): return checkBlock(block) && thenEnds
        case .elseIf(let statement): return checkStatement(statement) && thenEnds
        }
    }

    mutating func bindDownload(_ target: Identifier) {
        guard let symbol = scopes.lookup(target.name) else {
            scopes.declare(Symbol(name: target.name, kind: .variable, type: .file, range: target.range, assigned: true))
            return
        }
        if symbol.kind == .parameter || symbol.kind == .loopVariable {
            emit(SemaMessages.readOnly(target.name, symbol.kind.rawValue), target.range)
        } else if !TypeRules.isAssignable(.file, to: symbol.type) {
            emit(SemaMessages.downloadTarget(target.name, symbol.type), target.range)
        }
        noteAssignment(target.name)
    }

    /// Remembers that `name` was assigned, for output warnings and loops that grow their own list.
    mutating func noteAssignment(_ name: String) {
        scopes.markAssigned(name)
        for i in assignedInLoop.indices { assignedInLoop[i].insert(name) }
    }
}
