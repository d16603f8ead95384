import WTExtract
import WTSema
import WTTrace

/// A name an enclosing loop binds (`link`, `query`, the page counter), with its value at each trace step
/// of the loop's body.
struct LoopBinding {
    var name: String
    var valueAt: [Int: JSONValue]

    /// The value at every step of `steps`, or nil when one of them is outside the loop.
    func values(_ steps: [TraceStep]) -> [JSONValue]? {
        let found = steps.compactMap { valueAt[$0.index] }
        return found.count == steps.count ? found : nil
    }
}

/// A step the compiler could not lower, for a diagnostic at the step in the trace.
struct LoweringProblem: Error, Sendable, Hashable {
    var step: Int
    var message: String
    var help: String?
}

/// Lowering (issue step 3): turns the kept trace steps into `.wt` statements — a locator for every
/// element acted on, parameters for literals, loops for repeated shapes, extraction plans from the
/// example records, and checks from what the trace saw change.
struct Lowerer {
    let trace: Trace
    let store: SnapshotStore
    let binder: ParameterBinder
    /// Declared output types by name.
    let outputs: [String: WTType]
    /// Browser programs wait for what they read; HTTP pages are complete when they arrive.
    let browser: Bool
    var explain: [String] = []
    var problems: [LoweringProblem] = []
    /// Variables the program extracts into that are not outputs (a list of links), with their types.
    var variables: [String: WTType] = [:]
    /// Names bound by enclosing loops, with the value they have in each iteration being lowered.
    var loopBindings: [LoopBinding] = []
    /// The container of the last record extraction lowered (what `scroll until no new` counts).
    var lastContainer: String?
    /// Text values the program already holds: scalars it extracted (most recent first), then parameters.
    var extractedScalars: [(name: String, value: String)] = []
    /// Steps the program performs differently from the trace (for the replay), and steps it leaves out.
    var replayRewrites: [Int: TraceStep] = [:]
    /// Parsed and indexed example pages, shared by every extraction of the compile.
    let examplePages = ExamplePages()
    /// What each locator candidate selects on each page.
    let selections = Selections()
    var replayDropped: Set<Int> = []
    /// The step that follows each kept step (waits aside), by step index: its page before is where the
    /// trace saw the page settle after the step, and what a check placed after it sees in a replay.
    var following: [Int: TraceStep] = [:]
    /// Whether lowering may guess a loop the trace does not show on every iteration, for the replay to
    /// confirm; and whether it did (the pipeline then also lowers without guessing, as the fallback).
    var speculate = true
    var speculated = false
    /// Where each typed, chosen or opened value came from (`ValueOrigins`), and the new parameters the
    /// statements lowered so far refer to.
    let origins: ValueOrigins
    var addedParameters: Set<String> = []
    /// New names a read of the page took (`readShown`): variables, not parameters.
    var readByEye: Set<String> = []

    init(
        trace: Trace, store: SnapshotStore, outputs: [String: WTType], browser: Bool,
        origins: ValueOrigins = ValueOrigins()
    ) {
        self.origins = origins
        self.trace = trace
        self.store = store
        examplePages.prepared = { [store] path, url in store.preparedPage(path: path, url: url) }
        self.binder = ParameterBinder(trace.parameters)
        self.outputs = outputs
        self.browser = browser
    }

    /// Lowers the kept steps of the whole trace.
    mutating func lowerTrace(_ steps: [TraceStep]) -> [Lowered] {
        // A replay skips the waits: what it shows after a step is the next other step's page before.
        let shown = steps.filter { $0.action != .wait }
        for (step, next) in zip(shown, shown.dropFirst()) { following[step.index] = next }
        return lower(steps)
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
            return [.line("back", steps: steps)]
        case .extract:
            return extraction(group)
        case .wait:
            return []
        case .scroll:
            guard step.target != nil else { return [.line("scroll", steps: steps)] }
            guard let locator = locate(group, context: context) else { return [] }
            return [.line("scroll to \(locator.source)", steps: steps)]
        case .click, .fill, .select, .check, .uncheck, .press, .download:
            return action(group, context: context)
        }
    }

    mutating func action(_ group: [TraceStep], context: [Node?]?, chosen: LocatorDecision? = nil) -> [Lowered] {
        let step = group[0]
        let steps = group.map(\.index)
        if step.action == .press && step.target == nil {
            return [.line("press \(WTLiteral.quote(step.value ?? ""))", steps: steps)]
        }
        guard let found = chosen ?? locate(group, context: context) else { return [] }
        let locator = bindingValues(found)
        let l = locator.source
        let (reads, typed) = readShown(step)
        var line: String
        switch step.action {
        case .click: line = "click \(l)"
        case .fill: line = "fill \(l) with \(typed ?? input(step))"
        case .select: line = "select \(l) \(step.selectBy == "value" ? "value" : "option") \(typed ?? input(step))"
        case .check: line = "check \(l)"
        case .uncheck: line = "uncheck \(l)"
        case .press: line = "press \(WTLiteral.quote(step.value ?? "")) on \(l)"
        case .download: line = "download \(l) into \(downloadName())"
        default: line = l
        }
        explain.append("step \(step.index) \(step.action.rawValue): " + locator.explanation.joined(separator: "; "))
        return reads + [.line(line, steps: steps)] + postconditions(group)
    }

    /// The text typed or chosen: a secret's name, a loop's variable, or what its origin says.
    mutating func input(_ step: TraceStep) -> String {
        if let secret = step.secret { return secret }
        if let value = step.value, let loop = loopBindings.last(where: { $0.valueAt[step.index] == .string(value) }) {
            return loop.name
        }
        return bound(step) ?? binder.value(step.value ?? "")
    }

    /// Where a download goes: the `file` output, or a variable named `file`.
    private func downloadName() -> String {
        outputs.filter { $0.value == .file }.keys.sorted().first ?? "file"
    }
}
