/// A page (tab) and the flattened session attached to it, with `Page` and `Runtime` enabled.
public final class PageSession: Sendable {
    /// The page's target id.
    public let targetID: String
    /// The session: send any command with `session.send`, wait for events with `session.expect`.
    public let session: CDPSession
    private let browserSession: CDPSession

    init(targetID: String, session: CDPSession, browserSession: CDPSession) {
        self.targetID = targetID
        self.session = session
        self.browserSession = browserSession
    }

    /// Sends `command` on the page's session; see `CDPSession.send`.
    @discardableResult
    public func send<C: CDPCommand>(_ command: C, timeout: Duration? = nil) async throws(CDPError) -> C.Response {
        try await session.send(command, timeout: timeout)
    }

    /// Navigates and waits for the main frame's `load` event (for a fragment-only change or a download,
    /// just for the commit). `timeout` bounds each of the two waits. Fails with `.protocolError` naming `Page.navigate`
    /// when the navigation itself fails (`net::ERR_…`).
    @discardableResult
    public func navigate(to url: String, timeout: Duration? = nil) async throws(CDPError) -> Page.Navigate.Response {
        let loaded = session.waiter(for: Page.LoadEventFired.self)
        let response = try await session.send(Page.Navigate(url: url), timeout: timeout)
        if let errorText = response.errorText, !errorText.isEmpty {
            throw CDPError(.protocolError(method: Page.Navigate.method, code: 0, message: "\(errorText) at \(url)"))
        }
        if response.loaderId != nil, response.isDownload != true {
            _ = try await loaded.wait(timeout: timeout ?? session.defaultTimeout)
        }
        return response
    }

    /// Evaluates `expression` in the page and returns its value (`returnByValue`); awaits it when it is a
    /// promise and `awaitPromise` is set. A script exception fails with `.javaScriptException`.
    public func evaluate(
        _ expression: String, awaitPromise: Bool = false, timeout: Duration? = nil
    ) async throws(CDPError) -> JSON {
        let command = Runtime.Evaluate(expression: expression, returnByValue: true, awaitPromise: awaitPromise)
        let answer = try await session.send(command, timeout: timeout)
        if let exception = answer.exceptionDetails { throw CDPError(.javaScriptException(exception.message)) }
        return answer.result.value ?? .null
    }

    /// Closes the page (`Target.closeTarget`).
    public func close() async throws(CDPError) {
        try await browserSession.send(Target.CloseTarget(targetId: targetID))
    }
}
