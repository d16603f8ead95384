import WTExtract
import WTSema
import WTTrace

/// What every part of the lowering reads and none changes: the trace, its snapshots, the declarations, the
/// mode, and the caches shared by all extractions and locators of one compile.
struct LoweringContext {
    let trace: Trace
    let store: SnapshotStore
    let binder: ParameterBinder
    /// Declared output types by name.
    let outputs: [String: WTType]
    /// Browser programs wait for what they read; HTTP pages are complete when they arrive.
    let browser: Bool
    /// Whether lowering may guess a loop the trace does not show on every iteration, for the replay to
    /// confirm (the pipeline then also lowers without guessing, as the fallback).
    let speculate: Bool
    /// The step that follows each kept step (waits aside), by step index: its page before is where the
    /// trace saw the page settle after the step, and what a check placed after it sees in a replay (a
    /// replay skips the waits).
    let following: [Int: TraceStep]
    /// Parsed and indexed example pages, shared by every extraction of the compile.
    let examplePages = ExamplePages()
    /// What each locator candidate selects on each page.
    let selections = Selections()
    /// Where each typed, chosen or opened value came from (`ValueOrigins`).
    let origins: ValueOrigins

    /// - Parameter kept: the steps left after cleanup, which the lowering turns into statements.
    init(
        trace: Trace, store: SnapshotStore, outputs: [String: WTType], browser: Bool, speculate: Bool,
        kept: [TraceStep], origins: ValueOrigins = ValueOrigins()
    ) {
        self.origins = origins
        self.trace = trace
        self.store = store
        self.binder = ParameterBinder(trace.parameters)
        self.outputs = outputs
        self.browser = browser
        self.speculate = speculate
        let shown = kept.filter { $0.action != .wait }
        following = Dictionary(zip(shown, shown.dropFirst()).map { ($0.index, $1) }, uniquingKeysWith: { a, _ in a })
        examplePages.prepared = { [store] path, url in store.preparedPage(path: path, url: url) }
    }
}
