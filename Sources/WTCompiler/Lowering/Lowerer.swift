import WTExtract
import WTSema
import WTSyntax
import WTTrace

/// Lowering (issue step 3): turns the kept trace steps into syntax-tree statements — a locator for every
/// element acted on, parameters for literals, loops for repeated shapes, extraction plans from the
/// example records, and checks from what the trace saw change.
///
/// Its state is four values with one job each: the `context` it reads, the `scope` of names at the
/// point being lowered, the `log` of decisions and problems, and the `replay` plan.
struct Lowerer {
    let context: LoweringContext
    var scope = LoweringScope()
    var log = LoweringLog()
    var replay = ReplayPlan()

    init(_ context: LoweringContext) {
        self.context = context
    }

    var trace: Trace { context.trace }
    var store: SnapshotStore { context.store }
    var binder: ParameterBinder { context.binder }
    var outputs: [String: WTType] { context.outputs }
    var browser: Bool { context.browser }
    var following: [Int: TraceStep] { context.following }
    var examplePages: ExamplePages { context.examplePages }
    var selections: Selections { context.selections }

    /// Lowers the kept steps of the whole trace (those `context.following` was made from).
    mutating func lowerTrace(_ steps: [TraceStep]) -> [Lowered] {
        lower(steps)
    }

    mutating func lower(_ steps: [TraceStep]) -> [Lowered] {
        var out: [Lowered] = []
        var i = 0
        while i < steps.count {
            let (lowered, next) = lowerNext(steps, at: i)
            out += lowered
            i = next
        }
        return out
    }

    /// The statements for the construct that starts at step `i` (a loop, a `within` block or one step), and
    /// where the next one starts.
    mutating func lowerNext(_ steps: [TraceStep], at i: Int) -> ([Lowered], Int) {
        if let found = pagination(steps, at: i) { return found }
        if let found = infiniteScroll(steps, at: i) { return found }
        if let found = valueLoop(steps, at: i) { return found }
        if let found = clickThrough(steps, at: i) { return found }
        if let found = linkLoop(steps, at: i) { return found }
        if !steps[i].scope.isEmpty {
            let end = scopeEnd(steps, from: i)
            return (within(Array(steps[i..<end])), end)
        }
        return (lowerStep([steps[i]]), i + 1)
    }

    /// One statement from a step, checked against every occurrence of it (`group` has one step per loop
    /// iteration, or just one).
    mutating func lowerStep(_ group: [TraceStep], context: [Node?]? = nil) -> [Lowered] {
        let step = group[0]
        let steps = group.map(\.index)
        switch step.action {
        case .open:
            return openStatements(group)
        case .back:
            return [Lowered(.back, steps: steps)]
        case .extract:
            return extraction(group)
        case .wait:
            return []
        case .scroll:
            guard step.target != nil else { return [Lowered(.scroll(.page), steps: steps)] }
            guard let locator = locate(group, context: context) else { return [] }
            return [Lowered(.scroll(.to(locator.locator)), steps: steps)]
        case .click, .fill, .select, .check, .uncheck, .press, .download:
            return action(group, context: context)
        }
    }

    mutating func action(_ group: [TraceStep], context: [Node?]?, chosen: LocatorDecision? = nil) -> [Lowered] {
        let step = group[0]
        let steps = group.map(\.index)
        if step.action == .press && step.target == nil {
            return [Lowered(.press(key: StringLiteral(text: step.value ?? ""), on: nil), steps: steps)]
        }
        guard let found = chosen ?? locate(group, context: context) else { return [] }
        let decision = bindingValues(found)
        let l = decision.locator
        let (reads, typed) = readShown(step)
        let statement: Statement.Kind
        switch step.action {
        case .click: statement = .click(l, timeout: nil)
        case .fill: statement = .fill(l, value: typed ?? input(step), timeout: nil)
        case .select:
            let value = typed ?? input(step)
            statement = .select(l, by: step.selectBy == "value" ? .value : .option, value: value, timeout: nil)
        case .check: statement = .check(l, checked: true, timeout: nil)
        case .uncheck: statement = .check(l, checked: false, timeout: nil)
        case .press: statement = .press(key: StringLiteral(text: step.value ?? ""), on: l)
        case .download: statement = .download(l, into: Identifier(downloadName()), timeout: nil)
        default: return []
        }
        log.explain.append(
            "step \(step.index) \(step.action.rawValue): " + decision.explanation.joined(separator: "; "))
        return reads + [Lowered(statement, steps: steps)] + postconditions(group)
    }

    /// The text typed or chosen: a secret's name, a loop's variable, or what its origin says.
    mutating func input(_ step: TraceStep) -> Expr {
        if let secret = step.secret { return Syntax.reference(secret) }
        if let value = step.value,
            let loop = scope.loopBindings.last(where: { $0.valueAt[step.index] == .string(value) })
        {
            return Syntax.reference(loop.name)
        }
        return bound(step) ?? binder.value(step.value ?? "")
    }

    /// Where a download goes: the `file` output, or a variable named `file`.
    private func downloadName() -> String {
        outputs.filter { $0.value == .file }.keys.sorted().first ?? "file"
    }
}
