/// An isolated browser context: its pages share cookies, storage and cache with each other and with no
/// other context. `close()` disposes of it, pages included.
public final class BrowserContext: Sendable {
    /// The browser the context lives in.
    public let browser: Browser
    /// The `browserContextId`.
    public let id: String

    init(browser: Browser, id: String) {
        self.browser = browser
        self.id = id
    }

    /// Opens a page in this context, attaches to it in flattened mode and enables `Page` and `Runtime`.
    public func newPage() async throws(CDPError) -> PageSession {
        let browserSession = browser.session
        let targetID = try await browserSession.send(Target.CreateTarget(browserContextId: id)).targetId
        let sessionID = try await browserSession.send(Target.AttachToTarget(targetId: targetID)).sessionId
        let session = CDPSession(
            connection: browser.connection, sessionID: sessionID, defaultTimeout: browser.options.defaultTimeout)
        // Both at once: Page.enable waits for the renderer to start, and Runtime.enable can ride along.
        async let page = session.send(Page.Enable())
        async let runtime = session.send(Runtime.Enable())
        do {
            _ = try await (page, runtime)
        } catch {
            // `async let` erases the error type; `send` throws nothing but `CDPError`.
            throw (error as? CDPError) ?? CDPError(.cancelled(method: Page.Enable.method))
        }
        return PageSession(targetID: targetID, session: session, browserSession: browserSession)
    }

    /// Sends this context's downloads to `directory` and turns on `Browser.downloadWillBegin` and
    /// `Browser.downloadProgress` on the browser session.
    public func allowDownloads(to directory: String) async throws(CDPError) {
        try await browser.session.send(
            Browser.SetDownloadBehavior(behavior: "allowAndName", browserContextId: id, downloadPath: directory))
    }

    /// Disposes of the context: closes its pages and deletes its cookies and storage.
    public func close() async throws(CDPError) {
        try await browser.session.send(Target.DisposeBrowserContext(browserContextId: id))
    }
}

extension Browser {
    /// Opens a context, runs `body` with it and disposes of it on every path (while the browser is alive).
    public func withContext<R: Sendable>(_ body: (BrowserContext) async throws -> R) async throws -> R {
        let context = try await newContext()
        do {
            let result = try await body(context)
            try await context.close()
            return result
        } catch {
            try? await context.close()
            throw error
        }
    }
}
