import WTDiagnostics
import WTSema
import WTSyntax

/// How a statement hands control back: on to the next one, out of the innermost loop, or out of the run.
enum Flow: Sendable, Equatable {
    case next, breakLoop, returnProgram
}

/// Why a statement did not finish: the run failed, or a concurrent loop no longer wants this iteration.
enum Interrupt: Error {
    case failed(RunFailure)
    case abandoned
}

/// The interpreter's state on one page: the environment, the `within` scope, the cached snapshot.
///
/// A value type: the run has one, and each iteration of a concurrent `for each` runs a copy on its own
/// forked page, so no state is shared between tasks except `RunContext`.
struct Executor: Sendable {
    let context: RunContext
    var driver: any PageDriver
    var env: Environment
    /// Enclosing `within` locators, outermost first.
    var scope: [ResolvedLocator] = []
    /// The page as last read; dropped by every step that may change it, so reads between two actions
    /// parse the page once.
    var snapshot: (any PageSnapshot)?
    /// Inside an iteration of a concurrent loop: the writes to names from outside the loop.
    var journal: Journal?
    /// The concurrent iterations this executor runs inside, innermost last.
    var tickets: [IterationTicket] = []
    /// The head of the statement running now (for `if` and loops, up to their `{`): where failures point.
    var site = SourceRange.at(0)
    /// What the last `extract` read, handed to the observer with the step's event.
    var lastExtraction: StepExtraction?
    /// True while a browser `wait for` polls: `exists L` then means an element a person can see.
    var seesOnlyVisible = false

    init(context: RunContext, driver: any PageDriver, env: Environment) {
        self.context = context
        self.driver = driver
        self.env = env
    }

    mutating func run(_ statements: [Statement]) async throws(Interrupt) -> Flow {
        for statement in statements {
            let flow = try await run(statement)
            if flow != .next { return flow }
        }
        return .next
    }

    /// Runs statements in a fresh frame holding `bindings` (a block's scope, a loop iteration's variable).
    mutating func run(_ statements: [Statement], with bindings: [(String, Binding)]) async throws(Interrupt) -> Flow {
        env.push()
        defer { env.pop() }
        for (name, binding) in bindings { env.declare(name, binding) }
        return try await run(statements)
    }

    mutating func run(_ statement: Statement) async throws(Interrupt) -> Flow {
        if tickets.contains(where: \.isAbandoned) { throw .abandoned }
        site = StepText.headRange(of: statement, in: context.file)
        switch statement.kind {
        case .within(let locator, let body):
            scope.append(try resolve(locator))
            defer { scope.removeLast() }
            return try await run(body.statements, with: [])
        case .forEach(let variable, let list, let concurrency, let body):
            return try await forEach(variable, in: list, concurrency: concurrency, body)
        case .repeatLoop(let count, let counter, let body):
            return try await repeatLoop(count, counter: counter, body)
        case .ifElse(let condition, let then, let otherwise):
            return try await ifElse(condition, then, otherwise)
        case .breakLoop:
            return .breakLoop
        case .returnProgram:
            return .returnProgram
        default:
            let start = context.clock.now()
            let summary = try await step(statement)
            await report(statement, summary, since: start)
            return .next
        }
    }

    private mutating func ifElse(_ condition: Expr, _ then: Block, _ otherwise: Else?) async throws(Interrupt) -> Flow {
        if try await holds(condition) { return try await run(then.statements, with: []) }
        switch otherwise {
        case nil: return .next
        case .block(let block): return try await run(block.statements, with: [])
        case .elseIf(let statement): return try await run(statement)
        }
    }

    /// Counts a finished step and tells the observer about it.
    private mutating func report(_ statement: Statement, _ summary: String, since start: Duration) async {
        let index = context.countStep()
        guard let observer = context.options.observer else {
            lastExtraction = nil
            return
        }
        let duration = context.clock.now() - start
        // The URL after an action needs a fresh snapshot; the next read reuses it, so this costs nothing
        // when a read follows, and a page that cannot be read just leaves the URL out.
        if snapshot == nil { snapshot = try? await driver.snapshot() }
        let event = StepEvent(
            index: index, line: context.file.location(of: statement.range.start).line, summary: context.redact(summary),
            url: snapshot?.url, duration: duration, recordsSoFar: recordsSoFar(), extraction: lastExtraction)
        lastExtraction = nil
        observer.stepFinished(event)
    }

    /// Elements in list outputs. Inside a concurrent iteration, whose view of the outputs is partial, it is
    /// the figure the outermost loop last published after committing iterations in order.
    func recordsSoFar() -> Int {
        guard journal == nil else { return context.publishedProgress }
        let count = context.listOutputs.reduce(0) { total, name in
            if case .list(let items) = env.lookup(name)?.value { return total + items.count }
            return total
        }
        context.publish(progress: count)
        return count
    }
}
