import CDP
import Foundation

/// One browser shared by many runs, each in a browser context of its own (own cookies, storage, cache and
/// downloads folder), as `wtc serve`'s workers use it: a context costs a few milliseconds where a launch
/// costs a new process, a profile and a renderer warm-up.
///
/// The browser starts on the first run that needs it (launched, or reached at `browserURL` for a remote
/// one) and again on the first run after it died: a run that was using a browser that crashed or was
/// killed fails with the usual browser error, and the next run gets a new browser. `close()` ends it for
/// good (on shutdown, once no run is using it).
public actor SharedBrowser {
    /// How the browser is reached.
    public let options: LaunchOptions
    /// A running browser to connect to (`ws://…`) instead of launching one.
    public let browserURL: String?
    /// How many browsers this source has started (launched or connected) so far.
    public private(set) var starts = 0
    /// How many contexts are in use by runs right now.
    public private(set) var contextsInUse = 0
    private var browser: Browser?
    private var starting: Task<Browser, any Error>?
    private var isClosed = false
    private let note: @Sendable (String) -> Void

    /// A source that launches Chromium with `options`, or connects to `browserURL` when it is given.
    /// `note` hears about the browser's life (started, died, a context that could not be disposed of).
    public init(
        options: LaunchOptions = LaunchOptions(), browserURL: String? = nil,
        note: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.options = options
        self.browserURL = browserURL
        self.note = note
    }

    /// The browser contexts are made in, started if there is none or the last one died. For tests and
    /// diagnostics (its process id, its `Target` state); runs use `openContext(downloadsTo:)`.
    public func current() async throws(EngineError) -> Browser {
        while true {
            if isClosed { throw EngineError.sharedBrowserClosed }
            if let browser, Self.isAlive(browser) { return browser }
            if let dead = browser {
                browser = nil
                note(EngineMessages.sharedBrowserDied)
                await dead.close(gracefully: false)
                continue  // another run may have started one while this one was cleaning up
            }
            return try await startOnce()
        }
    }

    /// A new context for one run, its downloads going to `directory`. A browser that turns out to be dead
    /// before the run starts is replaced once, so a run is not failed for its predecessor's crash.
    func openContext(downloadsTo directory: URL) async throws(EngineError) -> BrowserContext {
        var browser = try await current()
        do {
            return try await makeContext(in: browser, downloadsTo: directory)
        } catch {
            guard !Self.isAlive(browser) else { throw Self.contextFailure(error) }
            browser = try await current()
            do {
                return try await makeContext(in: browser, downloadsTo: directory)
            } catch {
                throw Self.contextFailure(error)
            }
        }
    }

    /// Disposes of a run's context (its pages, cookies and storage). A dead browser has nothing to dispose.
    func release(_ context: BrowserContext) async {
        contextsInUse -= 1
        guard Self.isAlive(context.browser) else { return }
        do {
            try await context.close()
        } catch {
            note(EngineMessages.disposeFailed(context.id, error))
        }
    }

    /// Closes the browser (kills a launched one, disconnects from a remote one); later runs fail with
    /// `browserUnavailable`. Safe to call more than once.
    public func close() async {
        isClosed = true
        let pending = starting
        starting = nil
        if let pending, let late = try? await pending.value { await late.close(gracefully: false) }
        if let browser {
            self.browser = nil
            await browser.close(gracefully: false)
        }
    }

    private func makeContext(in browser: Browser, downloadsTo directory: URL) async throws(CDPError)
        -> BrowserContext
    {
        let context = try await browser.newContext()
        do {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try await context.allowDownloads(to: directory.path)
        } catch {
            try? await context.close()
            throw error
        }
        contextsInUse += 1
        return context
    }

    /// Starts a browser, or waits for the start another run already began: runs arriving together share
    /// one launch. The start is not a child of the run that asked, so cancelling that run leaves it be.
    private func startOnce() async throws(EngineError) -> Browser {
        let task: Task<Browser, any Error>
        if let starting {
            task = starting
        } else {
            let (options, url) = (options, browserURL)
            task = Task { try await Self.start(options: options, browserURL: url) }
            starting = task
        }
        let started: Browser
        do {
            started = try await task.value
        } catch {
            if starting == task { starting = nil }
            throw EngineError.launchFailure(error)
        }
        if starting == task {
            starting = nil
            browser = started
            starts += 1
            note(EngineMessages.sharedBrowserStarted(started))
        }
        if isClosed {
            await started.close(gracefully: false)
            throw EngineError.sharedBrowserClosed
        }
        return started
    }

    private static func start(options: LaunchOptions, browserURL: String?) async throws -> Browser {
        if let browserURL { return try await Engine.connectBrowser(url: browserURL, options: options) }
        return try await Browser.launch(options)
    }

    /// Alive: its connection is open and, for a launched one, its process has not exited.
    private static func isAlive(_ browser: Browser) -> Bool {
        browser.connection.closedError == nil && browser.process?.exitStatus == nil
    }

    private static func contextFailure(_ error: CDPError) -> EngineError {
        .browserUnavailable(EngineMessages.startFailed(error))
    }
}
