import Synchronization
import WTExtract
import WTRuntime
import WTSyntax
import WTTrace

/// Replays a program against a trace's snapshots, no network and no browser: each action must be the next
/// kept step of the trace and find exactly the element that step acted on; the page then becomes that
/// step's page after. Reads run the real extraction on the snapshot. The first difference stops the run
/// and is remembered as the divergence.
final class SnapshotReplayDriver: PageDriver, Sendable {
    struct State {
        var cursor = 0
        var page: TracePage?
        var divergence: (step: Int?, message: String)?
    }

    let actions: [TraceStep]
    private let documents: SnapshotDocuments
    private let state = Mutex(State())

    func withState<R>(_ body: (inout State) -> R) -> R { state.withLock { body(&$0) } }

    var capabilities: DriverCapabilities { DriverCapabilities(isBrowser: true, modeName: "replay") }

    init(actions: [TraceStep], documents: SnapshotDocuments) {
        self.actions = actions
        self.documents = documents
    }

    /// The first difference, or a step the program never reached; nil when everything matched.
    var divergence: (step: Int?, message: String)? {
        state.withLock { state in
            if let d = state.divergence { return d }
            // Trailing extractions were reads; the result comparison checks them.
            var cursor = state.cursor
            while cursor < actions.count, actions[cursor].action == .extract { cursor += 1 }
            guard cursor < actions.count else { return nil }
            let step = actions[cursor]
            return (step.index, "the program ended before step \(step.index) (\(step.action.rawValue))")
        }
    }

    func open(_ url: String, timeout: Duration) async throws(StepError) {
        let step = try next(.open, "open \(url)")
        guard step.value == url else {
            throw diverge(step, "step \(step.index) opened \(step.value ?? "?"), the program opens \(url)")
        }
        advance(step)
    }

    func back(timeout: Duration) async throws(StepError) { advance(try next(.back, "back")) }

    func click(_ locator: ResolvedLocator, scope: [ResolvedLocator], timeout: Duration) async throws(StepError) {
        try await act(.click, locator, scope)
    }

    func fill(_ locator: ResolvedLocator, value: String, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        let step = try await act(.fill, locator, scope, advancing: false)
        if step.secret == nil, step.value != value {
            throw diverge(step, "step \(step.index) typed \"\(step.value ?? "")\", the program types \"\(value)\"")
        }
        advance(step)
    }

    func select(_ locator: ResolvedLocator, by: SelectBy, value: String, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        try await act(.select, locator, scope)
    }

    func setChecked(_ locator: ResolvedLocator, _ checked: Bool, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        try await act(checked ? .check : .uncheck, locator, scope)
    }

    func press(_ key: String, on locator: ResolvedLocator?, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        if let locator { try await act(.press, locator, scope) } else { advance(try next(.press, "press")) }
    }

    func scroll(to locator: ResolvedLocator?, scope: [ResolvedLocator], timeout: Duration) async throws(StepError) {
        if locator == nil, repeatsFruitlessScroll() { return }
        advance(try next(.scroll, "scroll"))
    }

    /// A page scroll the trace does not have, right after a page scroll that brought nothing: scrolling the
    /// same unchanged page again brings nothing again. `scroll until no new` makes sure with a second
    /// scroll, which the compiler drops as a repeat and traces of single-scroll runs (or agents) lack.
    private func repeatsFruitlessScroll() -> Bool {
        withState { state in
            guard state.cursor > 0 else { return false }
            let last = actions[state.cursor - 1]
            guard last.action == .scroll, last.target == nil, last.before?.snapshot == last.after?.snapshot else {
                return false
            }
            let next = actions[state.cursor...].first { $0.action != .extract }
            return next?.action != .scroll
        }
    }

    func download(_ locator: ResolvedLocator, scope: [ResolvedLocator], timeout: Duration) async throws(StepError)
        -> FileRef
    {
        let step = try await act(.download, locator, scope)
        let name = step.value ?? "download"
        return FileRef(path: name, name: name, mediaType: nil, size: 0)
    }

    /// The page the trace saw at this point: the next step's page before it (pages change by themselves
    /// between steps, and the program waits for that), else the last step's page after.
    func snapshot() async throws(StepError) -> any PageSnapshot {
        let page = state.withLock { state in
            state.cursor < actions.count ? actions[state.cursor].before ?? state.page : state.page
        }
        guard let page, let document = documents.document(page) else {
            throw StepError(.other, "no page is open in the replay")
        }
        return documents.snapshot(document, url: page.url, json: documents.json(page))
    }

    func fork() async throws(StepError) -> any PageDriver { self }

    func close() async {}
}
