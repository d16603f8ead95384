import Foundation
import WTRuntime
import WTSyntax

/// The session's driver lent to one interpreter run (an `extract` probe): everything is forwarded except
/// `close`, because the interpreter closes its driver when its run ends and the agent's page must stay.
public struct KeptOpenDriver: PageDriver {
    let inner: any PageDriver

    public init(inner: any PageDriver) { self.inner = inner }

    public var capabilities: DriverCapabilities { inner.capabilities }

    public func open(_ url: String, timeout: Duration) async throws(StepError) {
        try await inner.open(url, timeout: timeout)
    }
    public func back(timeout: Duration) async throws(StepError) { try await inner.back(timeout: timeout) }

    public func click(_ locator: ResolvedLocator, scope: [ResolvedLocator], timeout: Duration) async throws(StepError) {
        try await inner.click(locator, scope: scope, timeout: timeout)
    }

    public func fill(_ locator: ResolvedLocator, value: String, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        try await inner.fill(locator, value: value, scope: scope, timeout: timeout)
    }

    public func select(
        _ locator: ResolvedLocator, by: SelectBy, value: String, scope: [ResolvedLocator], timeout: Duration
    )
        async throws(StepError)
    {
        try await inner.select(locator, by: by, value: value, scope: scope, timeout: timeout)
    }

    public func setChecked(_ locator: ResolvedLocator, _ checked: Bool, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        try await inner.setChecked(locator, checked, scope: scope, timeout: timeout)
    }

    public func press(_ key: String, on locator: ResolvedLocator?, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        try await inner.press(key, on: locator, scope: scope, timeout: timeout)
    }

    public func scroll(to locator: ResolvedLocator?, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        try await inner.scroll(to: locator, scope: scope, timeout: timeout)
    }

    public func download(_ locator: ResolvedLocator, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
        -> FileRef
    {
        try await inner.download(locator, scope: scope, timeout: timeout)
    }

    public func snapshot() async throws(StepError) -> any PageSnapshot { try await inner.snapshot() }
    public func fork() async throws(StepError) -> any PageDriver { try await inner.fork() }

    /// Kept open: the session closes the page when the agent is done.
    public func close() async {}
}
