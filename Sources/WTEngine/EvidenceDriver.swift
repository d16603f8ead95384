import Foundation
import WTRuntime
import WTSyntax

/// Wraps a driver to keep evidence of a run: with `everyStep`, a screenshot after each action
/// (`003-click.png`) and one of the last page (`final.png`); without, only a failed run's last page
/// (`final.png`), so a failing step has a picture of what the page showed (a successful run's would be
/// deleted unread, after costing a screenshot). Drivers that cannot render (plain HTTP) leave no files.
/// With a `report`, it also gets a small JPEG after every action and, when the run fails, one of the page
/// where it stopped.
actor EvidenceDriver: PageDriver {
    let inner: any PageDriver
    let directory: URL
    let everyStep: Bool
    let report: ReportRecorder?
    private var count = 0
    private var closed = false
    /// Whether the run is known to have succeeded (`RunEnding`); a run that never said is treated as failed.
    private var succeeded = false
    /// Where the last screenshot of the run was saved, if any.
    private(set) var finalScreenshot: URL?

    nonisolated var capabilities: DriverCapabilities { inner.capabilities }

    init(_ inner: any PageDriver, directory: URL, everyStep: Bool, report: ReportRecorder? = nil) {
        self.inner = inner
        self.directory = directory
        self.everyStep = everyStep
        self.report = report
    }

    private func after(_ action: String) async {
        count += 1
        if let report, let jpeg = await reportPicture() { report.tookPicture(jpeg) }
        guard everyStep else { return }
        _ = await save(String(format: "%03d-%@.png", count, action))
    }

    private func reportPicture() async -> Data? {
        await (inner as? any ScreenshotTaking)?.picture(
            maxWidth: ReportRecorder.pictureWidth, quality: ReportRecorder.pictureQuality)
    }

    private func save(_ name: String) async -> URL? {
        guard let shooter = inner as? any ScreenshotTaking, let png = await shooter.screenshot() else { return nil }
        let url = directory.appendingPathComponent(name)
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return (try? png.write(to: url)) == nil ? nil : url
    }

    /// Runs an action and records it, also when it fails (the picture then shows why).
    private func record<T: Sendable>(_ action: String, _ body: () async throws(StepError) -> T) async throws(StepError)
        -> T
    {
        do {
            let result = try await body()
            await after(action)
            return result
        } catch {
            await after(action + "-failed")
            throw error
        }
    }

    func open(_ url: String, timeout: Duration) async throws(StepError) {
        try await record("open") { () async throws(StepError) in try await inner.open(url, timeout: timeout) }
    }

    func back(timeout: Duration) async throws(StepError) {
        try await record("back") { () async throws(StepError) in try await inner.back(timeout: timeout) }
    }

    func click(_ locator: ResolvedLocator, scope: [ResolvedLocator], timeout: Duration) async throws(StepError) {
        try await record("click") { () async throws(StepError) in
            try await inner.click(locator, scope: scope, timeout: timeout)
        }
    }

    func fill(_ locator: ResolvedLocator, value: String, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        try await record("fill") { () async throws(StepError) in
            try await inner.fill(locator, value: value, scope: scope, timeout: timeout)
        }
    }

    func select(_ locator: ResolvedLocator, by: SelectBy, value: String, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        try await record("select") { () async throws(StepError) in
            try await inner.select(locator, by: by, value: value, scope: scope, timeout: timeout)
        }
    }

    func setChecked(_ locator: ResolvedLocator, _ checked: Bool, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        try await record(checked ? "check" : "uncheck") { () async throws(StepError) in
            try await inner.setChecked(locator, checked, scope: scope, timeout: timeout)
        }
    }

    func press(_ key: String, on locator: ResolvedLocator?, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        try await record("press") { () async throws(StepError) in
            try await inner.press(key, on: locator, scope: scope, timeout: timeout)
        }
    }

    func scroll(to locator: ResolvedLocator?, scope: [ResolvedLocator], timeout: Duration) async throws(StepError) {
        try await record("scroll") { () async throws(StepError) in
            try await inner.scroll(to: locator, scope: scope, timeout: timeout)
        }
    }

    func download(_ locator: ResolvedLocator, scope: [ResolvedLocator], timeout: Duration) async throws(StepError)
        -> FileRef
    {
        try await record("download") { () async throws(StepError) in
            try await inner.download(locator, scope: scope, timeout: timeout)
        }
    }

    func snapshot() async throws(StepError) -> any PageSnapshot { try await inner.snapshot() }

    func fork() async throws(StepError) -> any PageDriver { try await inner.fork() }

    /// Both the interpreter and `Engine.withDriver` close the driver; only the first close acts.
    func close() async {
        guard !closed else { return }
        closed = true
        if everyStep || !succeeded {
            let start = PhaseProfile.start()
            finalScreenshot = await save("final.png")
            PhaseProfile.add(.evidence, since: start)
        }
        if !succeeded, let report, let jpeg = await reportPicture() { report.stoppedWith(jpeg) }
        await inner.close()
    }
}

extension EvidenceDriver: DocumentResponses {
    /// Forwarded to the driver underneath, when it can tell.
    nonisolated func keepDocumentResponses() async {
        await (inner as? any DocumentResponses)?.keepDocumentResponses()
    }

    nonisolated func currentDocumentResponse() async -> String? {
        await (inner as? any DocumentResponses)?.currentDocumentResponse()
    }
}

extension EvidenceDriver: PageQuiet {
    /// Forwarded to the driver underneath; one that cannot tell is never quiet.
    nonisolated func watchActivity() async {
        await (inner as? any PageQuiet)?.watchActivity()
    }

    nonisolated func watchActivity(growing list: ResolvedLocator, scope: [ResolvedLocator]) async {
        await (inner as? any PageQuiet)?.watchActivity(growing: list, scope: scope)
    }

    nonisolated func isQuiet(for window: Duration) async -> Bool {
        await (inner as? any PageQuiet)?.isQuiet(for: window) ?? false
    }
}

extension EvidenceDriver: PageChanges {
    /// Forwarded to the driver underneath, when it can tell.
    nonisolated func waitForChange(upTo limit: Duration) async -> Bool {
        await (inner as? any PageChanges)?.waitForChange(upTo: limit) ?? false
    }
}

extension EvidenceDriver: RunEnding {
    func runEnded(failed: Bool) async {
        succeeded = !failed
        await (inner as? any RunEnding)?.runEnded(failed: failed)
    }
}

extension EvidenceDriver: PageObserving {
    /// Forwarded to the driver underneath; one that shows no page to an agent fails saying so.
    nonisolated func observe(since: Int?, maxTokens: Int, masked: [String]) async throws(StepError) -> PageObservation {
        try await observing().observe(since: since, maxTokens: maxTokens, masked: masked)
    }

    nonisolated func lookCloser(at ref: String, maxTokens: Int, masked: [String]) async throws(StepError)
        -> PageObservation
    {
        try await observing().lookCloser(at: ref, maxTokens: maxTokens, masked: masked)
    }

    nonisolated func pageText(maxTokens: Int, masked: [String]) async throws(StepError) -> String {
        try await observing().pageText(maxTokens: maxTokens, masked: masked)
    }

    nonisolated func locate(ref: String) async throws(StepError) -> (locator: ResolvedLocator, scope: [ResolvedLocator])
    {
        try await observing().locate(ref: ref)
    }

    private nonisolated func observing() throws(StepError) -> any PageObserving {
        guard let observing = inner as? any PageObserving else { throw ObserveMessage.notObservable }
        return observing
    }
}
