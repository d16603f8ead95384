import CDP
import Synchronization
import WTRuntime

/// The pages a run opens in its browser context: the first, and one per concurrent `for each` worker.
/// Keeps each page's target so closing a driver closes its tab.
final class BrowserTabs: Sendable {
    let context: BrowserContext
    private let pages = Mutex<[String: PageSession]>([:])

    init(context: BrowserContext) {
        self.context = context
    }

    func open() async throws(StepError) -> CDPSession {
        let page: PageSession
        do {
            page = try await context.newPage()
        } catch {
            throw BrowserDriver.stepError(error, doing: "opening a tab", timeout: .seconds(30))
        }
        pages.withLock { $0[page.session.sessionID ?? page.targetID] = page }
        return page.session
    }

    func close(_ session: CDPSession) async {
        let page = pages.withLock { $0.removeValue(forKey: session.sessionID ?? "") }
        try? await page?.close()
    }

    var driverTabs: BrowserDriver.Tabs {
        BrowserDriver.Tabs(
            open: { () async throws(StepError) -> CDPSession in try await self.open() },
            close: { session in await self.close(session) })
    }
}
