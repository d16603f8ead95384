import Foundation
import Synchronization

/// A Chromium this process talks to: one it launched over `--remote-debugging-pipe` (`launch`), or one
/// reached over another transport (`connect`, for a WebSocket transport to a running browser).
///
/// Prefer `withBrowser(_:_:)`, which closes the browser on every path. Work in isolated contexts:
/// `newContext()` gives each run its own cookies, storage and cache.
public final class Browser: Sendable {
    /// The browser's process group, profile and log; `nil` for a browser this process did not start.
    public let process: BrowserProcess?
    /// The connection all sessions share.
    public let connection: CDPConnection
    /// The browser-level session (no session id): `Target.*`, `Browser.*`, `Storage.*`.
    public let session: CDPSession
    /// What `Browser.getVersion` answered when the connection was made.
    public let version: GetVersion.Response
    /// The options the browser was launched (or connected) with.
    public let options: LaunchOptions
    let transport: any CDPTransport
    private let closing = Mutex<Task<Void, Never>?>(nil)

    private init(
        process: BrowserProcess?, transport: any CDPTransport, connection: CDPConnection,
        version: GetVersion.Response, options: LaunchOptions
    ) {
        self.process = process
        self.transport = transport
        self.connection = connection
        self.session = CDPSession(connection: connection, sessionID: nil, defaultTimeout: options.defaultTimeout)
        self.version = version
        self.options = options
    }

    /// Starts the browser and waits (up to `options.launchTimeout`) for its first answer. On failure nothing
    /// is left running and the error carries the browser's last log lines.
    public static func launch(_ options: LaunchOptions = LaunchOptions()) async throws(CDPError) -> Browser {
        let (process, transport) = try BrowserProcess.start(options)
        let connection = CDPConnection(transport: transport) { reason in
            // Runs on the reader thread, which may block: the exit status says more than "pipe closed".
            LiveBrowsers.holdIfTerminating()
            let status = process.watch.waitBlocking(timeout: .milliseconds(500))
            return .browserClosed(lastLogLines: process.lastLogLines(), reason: status?.description ?? reason)
        }
        // If a helper of the browser kept the pipe open, its exit still ends the connection.
        process.watch.onExit { [transport] in transport.close() }
        do {
            let version = try await handshake(connection, timeout: options.launchTimeout)
            return Browser(
                process: process, transport: transport, connection: connection, version: version, options: options)
        } catch {
            CDPDebugLog.note("launch failed: \(error.message)")
            await process.terminate(grace: options.closeTimeout, askedToClose: false)
            transport.close()
            throw error
        }
    }

    /// Talks to an already running browser over `transport` (not started; `connect` starts it) and waits up
    /// to `options.launchTimeout` for its first answer. `close()` then only disconnects: the browser is not
    /// this process's to end.
    public static func connect(
        transport: any CDPTransport, options: LaunchOptions = LaunchOptions()
    ) async throws(CDPError) -> Browser {
        let connection = CDPConnection(transport: transport) { reason in
            .browserClosed(lastLogLines: [], reason: reason)
        }
        do {
            let version = try await handshake(connection, timeout: options.launchTimeout)
            return Browser(
                process: nil, transport: transport, connection: connection, version: version, options: options)
        } catch {
            transport.close()
            throw error
        }
    }

    private static func handshake(_ connection: CDPConnection, timeout: Duration) async throws(CDPError)
        -> GetVersion.Response
    {
        connection.start()
        return try await CDPSession(connection: connection, sessionID: nil).send(GetVersion(), timeout: timeout)
    }

    /// Opens a new isolated browser context (`Target.createBrowserContext`).
    public func newContext() async throws(CDPError) -> BrowserContext {
        let id = try await session.send(Target.CreateBrowserContext()).browserContextId
        return BrowserContext(browser: self, id: id)
    }

    /// Closes a launched browser: `Browser.close`, then SIGTERM and SIGKILL to its process group if it
    /// lingers, then deletes its profile. For a connected browser, disconnects. Pending calls fail with
    /// `.browserClosed`. Safe to call more than once and from a cancelled task: the shutdown itself is not
    /// cancelled. Not `gracefully`, a launched browser is killed at once instead (its profile is
    /// temporary and deleted anyway): no wait for it to save state nobody reads, tens of milliseconds.
    public func close(gracefully: Bool = true) async {
        let task = closing.withLock { closing in
            if let closing { return closing }
            let task = Task { await self.shutDown(gracefully: gracefully) }
            closing = task
            return task
        }
        await task.value
    }

    private func shutDown(gracefully: Bool) async {
        guard let process else {
            transport.close()
            connection.close(with: .browserClosed(lastLogLines: [], reason: "disconnected by this process"))
            return
        }
        var asked = false
        if gracefully, connection.closedError == nil {
            asked = (try? await session.send(Close(), timeout: options.closeTimeout)) != nil
        }
        await process.terminate(grace: options.closeTimeout, askedToClose: asked, forcibly: !gracefully)
        transport.close()
        connection.close(with: .browserClosed(lastLogLines: process.lastLogLines(), reason: "closed by this process"))
    }
}

/// Launches a browser, runs `body` with it, and closes it on every path: return, throw or cancellation.
public func withBrowser<R: Sendable>(
    _ options: LaunchOptions = LaunchOptions(), _ body: (Browser) async throws -> R
) async throws -> R {
    let browser = try await Browser.launch(options)
    do {
        let result = try await body(browser)
        await browser.close()
        return result
    } catch {
        await browser.close()
        throw error
    }
}
