import Synchronization
import WTRuntime
import WTSyntax
import WTTrace

/// Wraps a driver to record a trace: for every action, the page before and after it and the element it
/// acted on, described from the page before. Failed actions are recorded too (with their error) and
/// still fail the run.
struct RecordingDriver: PageDriver {
    let inner: any PageDriver
    let recorder: TraceRecorder

    var capabilities: DriverCapabilities { inner.capabilities }

    func open(_ url: String, timeout: Duration) async throws(StepError) {
        try await act(.open, nil, [], value: url) { () async throws(StepError) in
            try await inner.open(url, timeout: timeout)
        }
    }

    func back(timeout: Duration) async throws(StepError) {
        try await act(.back, nil, []) { () async throws(StepError) in try await inner.back(timeout: timeout) }
    }

    func click(_ locator: ResolvedLocator, scope: [ResolvedLocator], timeout: Duration) async throws(StepError) {
        try await act(.click, locator, scope) { () async throws(StepError) in
            try await inner.click(locator, scope: scope, timeout: timeout)
        }
    }

    func fill(_ locator: ResolvedLocator, value: String, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        try await act(.fill, locator, scope, value: value) { () async throws(StepError) in
            try await inner.fill(locator, value: value, scope: scope, timeout: timeout)
        }
    }

    func select(_ locator: ResolvedLocator, by: SelectBy, value: String, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        try await act(.select, locator, scope, value: value, selectBy: by == .option ? "label" : "value") {
            () async throws(StepError) in
            try await inner.select(locator, by: by, value: value, scope: scope, timeout: timeout)
        }
    }

    func setChecked(_ locator: ResolvedLocator, _ checked: Bool, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        try await act(checked ? .check : .uncheck, locator, scope) { () async throws(StepError) in
            try await inner.setChecked(locator, checked, scope: scope, timeout: timeout)
        }
    }

    func press(_ key: String, on locator: ResolvedLocator?, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        try await act(.press, locator, scope, value: key) { () async throws(StepError) in
            try await inner.press(key, on: locator, scope: scope, timeout: timeout)
        }
    }

    func scroll(to locator: ResolvedLocator?, scope: [ResolvedLocator], timeout: Duration) async throws(StepError) {
        try await act(.scroll, locator, scope) { () async throws(StepError) in
            try await inner.scroll(to: locator, scope: scope, timeout: timeout)
        }
    }

    func download(_ locator: ResolvedLocator, scope: [ResolvedLocator], timeout: Duration) async throws(StepError)
        -> FileRef
    {
        let file = Mutex<FileRef?>(nil)
        try await act(.download, locator, scope, named: { file.withLock { $0?.name } }) { () async throws(StepError) in
            let downloaded = try await inner.download(locator, scope: scope, timeout: timeout)
            file.withLock { $0 = downloaded }
        }
        guard let downloaded = file.withLock({ $0 }) else {
            throw StepError(.other, "the download finished without a file")
        }
        return downloaded
    }

    func snapshot() async throws(StepError) -> any PageSnapshot {
        let snapshot = try await inner.snapshot()
        await noteDocumentResponse(of: snapshot)
        recorder.sawPage(snapshot)
        return snapshot
    }

    func fork() async throws(StepError) -> any PageDriver {
        RecordingDriver(inner: try await inner.fork(), recorder: recorder)
    }

    func close() async { await inner.close() }

    /// Records one action around `body`: the page before, the element, the page after, the time taken.
    private func act(
        _ action: TraceAction, _ locator: ResolvedLocator?, _ scope: [ResolvedLocator], value: String? = nil,
        selectBy: String? = nil, named: (() -> String?)? = nil, _ body: () async throws(StepError) -> Void
    ) async throws(StepError) {
        let started = recorder.elapsedMs()
        await keepDocumentResponses()
        let before = action == .open ? nil : try? await inner.snapshot()
        var step = TraceStep(index: 0, action: action, selectBy: selectBy)
        recorder.setInput(value, on: &step)
        if let before {
            await noteDocumentResponse(of: before)
            step.before = recorder.pages.page(of: before)
            step.scope = recorder.describeScope(scope, in: before)
            step.target = locator.flatMap { recorder.describe($0, scope: scope, in: before) }
        }
        var failure: StepError?
        do { try await body() } catch { failure = error }
        if let after = try? await inner.snapshot() {
            await noteDocumentResponse(of: after)
            step.after = recorder.pages.page(of: after)
        }
        step.error = failure?.message
        // A download's value is the file's name, so a replay can return a file of the same name.
        if let name = named?() { step.value = name }
        step.timing = TraceTiming(startMs: started, durationMs: recorder.elapsedMs() - started)
        recorder.append(step)
        if let failure { throw failure }
    }

    /// Asks the driver to keep raw document bodies from now on (before the first page loads, and in a
    /// forked driver too); drivers that cannot tell are left alone.
    private func keepDocumentResponses() async {
        await (inner as? any DocumentResponses)?.keepDocumentResponses()
    }

    /// Tells the trace's files which raw body the page shown now (`snapshot`) came from, so the pages
    /// recorded next refer to it (`TracePage.response`); a JSON document's body is kept as `.json`, for
    /// the compiler and the replay to read `json` paths on.
    private func noteDocumentResponse(of snapshot: any PageSnapshot) async {
        guard let responses = inner as? any DocumentResponses else { return }
        await responses.keepDocumentResponses()
        recorder.pages.showing(response: await responses.currentDocumentResponse(), json: Self.isJSON(snapshot))
    }

    /// Whether the page is a JSON document that parsed.
    private static func isJSON(_ snapshot: any PageSnapshot) -> Bool {
        guard case .success? = (snapshot as? LibXMLSnapshot)?.jsonBody else { return false }
        return true
    }
}

extension RecordingDriver: PageQuiet {
    /// Forwarded to the driver underneath; one that cannot tell is never quiet.
    func watchActivity() async {
        await (inner as? any PageQuiet)?.watchActivity()
    }

    func watchActivity(growing list: ResolvedLocator, scope: [ResolvedLocator]) async {
        await (inner as? any PageQuiet)?.watchActivity(growing: list, scope: scope)
    }

    func isQuiet(for window: Duration) async -> Bool {
        await (inner as? any PageQuiet)?.isQuiet(for: window) ?? false
    }
}

extension RecordingDriver: PageChanges {
    /// Forwarded to the driver underneath, when it can tell.
    func waitForChange(upTo limit: Duration) async -> Bool {
        await (inner as? any PageChanges)?.waitForChange(upTo: limit) ?? false
    }
}

extension RecordingDriver: RunEnding {
    /// Forwarded to the driver underneath.
    func runEnded(failed: Bool) async {
        await (inner as? any RunEnding)?.runEnded(failed: failed)
    }
}

extension RecordingDriver: PageObserving {
    /// Forwarded to the driver underneath; one that shows no page to an agent fails saying so.
    func observe(since: Int?, maxTokens: Int, masked: [String]) async throws(StepError) -> PageObservation {
        try await observing().observe(since: since, maxTokens: maxTokens, masked: masked)
    }

    func lookCloser(at ref: String, maxTokens: Int, masked: [String]) async throws(StepError) -> PageObservation {
        try await observing().lookCloser(at: ref, maxTokens: maxTokens, masked: masked)
    }

    func pageText(maxTokens: Int, masked: [String]) async throws(StepError) -> String {
        try await observing().pageText(maxTokens: maxTokens, masked: masked)
    }

    func locate(ref: String) async throws(StepError) -> (locator: ResolvedLocator, scope: [ResolvedLocator]) {
        try await observing().locate(ref: ref)
    }

    private func observing() throws(StepError) -> any PageObserving {
        guard let observing = inner as? any PageObserving else { throw ObserveMessage.notObservable }
        return observing
    }
}
