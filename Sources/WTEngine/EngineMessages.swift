import CDP

/// The wiring's messages (`EngineError`'s details), kept in one place rather than at the throw sites.
enum EngineMessages {
    /// A browser that was reached but could not open the run's context or first tab.
    static func startFailed(_ error: any Error) -> String {
        "the browser failed while starting the run: \(error)"
    }

    /// A run that asked the shared browser for a context after `SharedBrowser.close()`.
    static let sharedBrowserClosed = "the shared browser was closed (the server is stopping); the run did not start"

    /// The note when the shared browser has started (its process id when it was launched here).
    static func sharedBrowserStarted(_ browser: Browser) -> String {
        let which = browser.process.map { "pid \($0.pid)" } ?? "remote"
        return "shared browser started (\(which), \(browser.version.product))"
    }

    /// The note when the shared browser is found dead.
    static let sharedBrowserDied = "the shared browser died; the next run starts another"

    /// The note when a run's context could not be disposed of.
    static func disposeFailed(_ context: String, _ error: any Error) -> String {
        "disposing of browser context \(context) failed: \(error)"
    }
}
