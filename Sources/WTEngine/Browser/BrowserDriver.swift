import CDP
import Foundation
import WTExtract
import WTRuntime
import WTSyntax

/// The `PageDriver` for Chromium over the DevTools protocol. It acts like a careful user: it waits until
/// the element is attached, visible, stable, enabled and is what a click at its centre would hit, scrolls
/// it into view, and sends real input events. Reading the page goes through the same libxml2 code as
/// plain HTTP (the page script serializes the composed DOM), so both modes extract identical values.
/// Cross-origin frames, in the page's process or out of it, are entered in their own JavaScript context
/// (`BrowserDriver+Frames`), so they behave exactly as same-origin ones for actions and extraction.
actor BrowserDriver: PageDriver {
    /// How the driver gets more pages of the same browser context (for `for each … concurrency N`).
    struct Tabs: Sendable {
        var open: @Sendable () async throws(StepError) -> CDPSession
        var close: @Sendable (CDPSession) async -> Void
    }

    let session: CDPSession
    /// The page's out-of-process frames and their sessions.
    let frames: FrameTargets
    let tabs: Tabs
    let runDirectory: URL
    /// Polling interval while waiting for an element or a load.
    let poll: Duration = .milliseconds(20)
    /// The raw bodies of the page's documents, kept only while recording (`DocumentResponses`).
    let responses = DocumentResponseLog()
    /// The page's requests and document changes, followed from the first `scroll until` on (`PageQuiet`).
    let activity = PageActivity()
    /// Whether the main frame is between documents, so no look at the page runs in one being replaced.
    let navigations: NavigationWatch
    /// The locator spec of the list the next scroll should grow (`PageQuiet.watchActivity(growing:)`).
    var scrollList: String?
    /// Whether this page's images, fonts and media are answered without the network (`MediaBlocking`);
    /// pages opened by `fork` do the same.
    let blocksMedia: Bool
    /// How long the last reading of the page took (serialising and parsing, not waiting for a load): a wait for the page to change lets at least as long pass between
    /// two looks (`waitForChange`), so a page that never stops changing is not read back to back.
    var lastSnapshotCost: Duration = .zero
    /// Whether `close` closes the page's tab: not for the run's first page, whose browser closes next.
    let closesTab: Bool
    /// The views given to an agent and the cross-origin frames they reached (`PageObserving`).
    var observations = ObservationLog()

    static let pickerTypes: Set<String> = ["date", "time", "datetime-local", "month", "week", "color", "range"]

    nonisolated var capabilities: DriverCapabilities { DriverCapabilities(isBrowser: true, modeName: "browser") }

    init(
        session: CDPSession, frames: FrameTargets, tabs: Tabs, runDirectory: URL, blocksMedia: Bool = false,
        closesTab: Bool = true
    ) {
        self.session = session
        self.frames = frames
        self.tabs = tabs
        self.runDirectory = runDirectory
        self.blocksMedia = blocksMedia
        self.closesTab = closesTab
        self.navigations = NavigationWatch(session)
    }

    /// Enables the domains the driver uses, installs the page script for every document, answers
    /// JavaScript dialogs by policy, follows the page's out-of-process frames and, with `blockMedia`, answers
    /// its image, font and media requests itself (`MediaBlocking`).
    /// (`BrowserContext.newPage` has already enabled `Page` and `Runtime`.)
    static func prepare(_ session: CDPSession, blockMedia: Bool = false) async throws(StepError) -> FrameTargets {
        _ = try await call(session, PageCommands.AddScriptToEvaluateOnNewDocument(source: PageScript.source))
        if blockMedia { try await MediaBlocking.start(session) }
        answerDialogs(session)
        let frames = FrameTargets()
        do {
            try await frames.follow(session)
        } catch {
            throw stepError(error, doing: Target.SetAutoAttach.method, timeout: session.defaultTimeout)
        }
        return frames
    }

    /// Dialog policy: accept `alert`, `confirm` and `beforeunload` (a person clicking OK), and answer a
    /// `prompt` with its default text. A dialog left open would block every later step until its deadline.
    /// The task ends when the session's event stream ends, that is when the browser connection closes.
    static func answerDialogs(_ session: CDPSession) {
        let dialogs = session.events(Page.JavascriptDialogOpening.self)
        Task {
            for await dialog in dialogs {
                let answer = Page.HandleJavaScriptDialog(accept: true, promptText: dialog.defaultPrompt)
                _ = try? await session.send(answer, timeout: .seconds(5))
            }
        }
    }

    func open(_ url: String, timeout: Duration) async throws(StepError) {
        let profiled = PhaseProfile.start()
        defer { PhaseProfile.add(.navigation, since: profiled) }
        let loaded = session.waiter(for: Page.LoadEventFired.self)
        let clock = ContinuousClock()
        let start = clock.now
        // Page.navigate answers only when the response starts, so the step's deadline covers it too.
        let response: Page.Navigate.Response
        do {
            response = try await session.send(Page.Navigate(url: url), timeout: timeout)
        } catch {
            throw Self.stepError(error, doing: "loading \(url)", timeout: timeout)
        }
        navigations.mainFrame(response.frameId)
        if let error = response.errorText, !error.isEmpty {
            let refused = error.contains("REFUSED") || error.contains("UNREACHABLE") || error.contains("NAME_NOT")
            throw StepError(refused ? .unavailable : .badResponse, "\(url): \(error)")
        }
        do {
            _ = try await loaded.wait(timeout: max(.milliseconds(1), timeout - (clock.now - start)))
        } catch {
            throw Self.stepError(error, doing: "loading \(url)", timeout: timeout)
        }
        // Like plain HTTP, an error status is a failed open, not a page to read. A page that moved on by
        // itself at once (a script redirect) answered with a page, whatever its status.
        let status = try await evaluateUnlessReplaced(
            "(performance.getEntriesByType('navigation')[0] || {}).responseStatus || 0")
        if let code = status?.intValue, code >= 400 {
            throw StepError(.badResponse, "GET \(url) answered HTTP \(code)")
        }
    }

    func back(timeout: Duration) async throws(StepError) {
        let history = try await Self.call(session, PageCommands.GetNavigationHistory())
        guard history.currentIndex > 0 else { throw StepError(.other, "there is no previous page to go back to") }
        let entry = history.entries[history.currentIndex - 1]
        try await navigation(timeout: timeout) { () async throws(StepError) in
            try await Self.call(session, PageCommands.NavigateToHistoryEntry(entryId: entry.id))
        }
    }

    func click(_ locator: ResolvedLocator, scope: [ResolvedLocator], timeout: Duration) async throws(StepError) {
        try await guardedClick(locator, scope: scope, timeout: timeout)
    }

    func press(_ key: String, on locator: ResolvedLocator?, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        if let locator {
            let target = try await actionable(locator, scope: scope, timeout: timeout)
            // A document replaced meanwhile has nothing focused: the key goes to the new page, as a user's would.
            _ = try await evaluateUnlessReplaced(
                "(() => { window.__wtcLast.focus(); return true })()", in: target.context)
        }
        try await navigation(timeout: timeout) { () async throws(StepError) in try await sendKey(key) }
    }

    func scroll(to locator: ResolvedLocator?, scope: [ResolvedLocator], timeout: Duration) async throws(StepError) {
        if let locator {
            _ = try await located(locator, scope: scope, timeout: timeout)
        } else {
            // The hint is for this scroll only, whether or not it gets to run.
            let list = scrollList
            scrollList = nil
            try await settled(until: ContinuousClock.now.advanced(by: timeout), timeout: timeout)
            // A document replaced under the scroll is a new page at its top: nothing to scroll there yet.
            _ = try await evaluateUnlessReplaced(Self.scrollScript(list: list), awaitPromise: true)
            // The page's scroll handlers have run (or the frame wait gave up): a watch for quiet counts
            // from here, not from before a busy renderer got round to them.
            activity.touch()
        }
    }

    /// Scrolls to the very end: lists that load more only when scrolled exactly to the bottom
    /// (`scrollTop == scrollHeight - clientHeight`) never see a partial scroll. With `list` (the locator spec
    /// of a `scroll until no new`), the box that holds its elements — their nearest scrollable ancestor —
    /// goes to its end; without one, or when it matches nothing, every scrollable box showing on screen
    /// does (a list that scrolls inside a `div`). Then the page itself. Answers after the second animation
    /// frame — scroll events are dispatched before a frame's animation callbacks, so the page's handlers
    /// have run and any request they start has been sent — or after 500 ms if frames do not come.
    static func scrollScript(list: String?) -> String {
        """
        (() => new Promise(done => {
          const page = document.scrollingElement || document.documentElement;
          const list = \(list ?? "null");
          const listed = !!list && !!window.__wtc && window.__wtc.scrollListEnd(list);
          const boxes = [];
          for (const e of listed ? [] : document.querySelectorAll('*')) {
            if (e === page || e === document.body || e.scrollHeight <= e.clientHeight + 1) continue;
            const overflow = getComputedStyle(e).overflowY;
            if (overflow !== 'auto' && overflow !== 'scroll' && overflow !== 'overlay') continue;
            const r = e.getBoundingClientRect();
            if (r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight) boxes.push(e);
          }
          // The boxes on screen before the page moves: the ones a user scrolling here would scroll.
          for (const e of boxes) e.scrollTop = e.scrollHeight;
          if (page) window.scrollTo(window.scrollX, page.scrollHeight);
          const t = setTimeout(() => done(false), 500);
          requestAnimationFrame(() => requestAnimationFrame(() => { clearTimeout(t); done(true); })); }))()
        """
    }

    /// Fetches the element's link from inside the page (same cookies and session as the page) and saves
    /// the body in the run's folder under the name the server gives.
    func download(_ locator: ResolvedLocator, scope: [ResolvedLocator], timeout: Duration) async throws(StepError)
        -> FileRef
    {
        let target = try await located(locator, scope: scope, timeout: timeout)
        let script = """
            (async () => { const e = window.__wtcLast; const href = e.href || e.src;
              if (!href) return {error: 'no link'};
              const r = await fetch(href, {credentials: 'include'}); const b = new Uint8Array(await r.arrayBuffer());
              let s = ''; for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
              return {url: r.url, status: r.status, type: r.headers.get('content-type'),
                disposition: r.headers.get('content-disposition'), body: btoa(s)} })()
            """
        let result = try await evaluate(script, in: target.context, awaitPromise: true)
        guard let body = result["body"]?.stringValue.flatMap({ Data(base64Encoded: $0) }),
            let url = result["url"]?.stringValue
        else {
            throw StepError(.other, "\(locator) has no link to download")
        }
        let name = Downloads.fileName(disposition: result["disposition"]?.stringValue, url: url)
        let file = try Downloads.write(body, named: name, in: runDirectory)
        // The media type without parameters, as the HTTP driver reports it.
        let type = result["type"]?.stringValue?.split(separator: ";").first.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        return FileRef(path: file.path, name: name, mediaType: type, size: body.count)
    }

    func fork() async throws(StepError) -> any PageDriver {
        let page = try await tabs.open()
        let frames = try await Self.prepare(page, blockMedia: blocksMedia)
        return BrowserDriver(
            session: page, frames: frames, tabs: tabs, runDirectory: runDirectory, blocksMedia: blocksMedia)
    }

    func close() async {
        navigations.stop()
        frames.stop()
        responses.stop()
        activity.stop()
        if closesTab { await tabs.close(session) }
    }
}

extension BrowserDriver: ScreenshotTaking {
    func screenshot() async -> Data? {
        guard let shot = try? await session.send(Page.CaptureScreenshot(), timeout: .seconds(10)) else { return nil }
        return Data(base64Encoded: shot.data)
    }

    func picture(maxWidth: Int, quality: Int) async -> Data? {
        var command = Page.CaptureScreenshot(format: "jpeg", quality: quality)
        // A viewport wider than the cap is captured through a clip that scales it down (clips are in page
        // coordinates, hence the scroll offsets); one that fits is captured as it is.
        let size = try? await evaluateUnlessReplaced("[scrollX, scrollY, innerWidth, innerHeight]")
        if let n = size?.arrayValue?.compactMap(\.doubleValue), n.count == 4, n[2] > Double(maxWidth), n[3] > 0 {
            command.clip = .init(x: n[0], y: n[1], width: n[2], height: n[3], scale: Double(maxWidth) / n[2])
        }
        guard let shot = try? await session.send(command, timeout: .seconds(10)) else { return nil }
        return Data(base64Encoded: shot.data)
    }
}
