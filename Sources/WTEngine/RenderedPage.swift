import CDP
import Foundation
import WTExtract
import WTRuntime

/// A page rendered by Chromium (scripts run) as a libxml2 document, for `wtc query --browser`: the same
/// serialization the browser driver extracts from, so what `query` shows is what `extract` will read.
public enum RenderedPage {
    public static func load(_ url: String, options: LaunchOptions = .init(), timeout: Duration = .seconds(30))
        async throws -> HTMLDocument
    {
        let browser: Browser
        do {
            browser = try await Browser.launch(options)
        } catch {
            throw EngineError.launchFailure(error)
        }
        do {
            let context = try await browser.newContext()
            let page = try await context.newPage()
            let frames = try await BrowserDriver.prepare(page.session)
            let tabs = BrowserDriver.Tabs(
                open: { () async throws(StepError) -> CDPSession in throw StepError(.unsupported, "no tabs") },
                close: { _ in })
            let driver = BrowserDriver(
                session: page.session, frames: frames, tabs: tabs, runDirectory: URL(fileURLWithPath: "/tmp"))
            try await driver.open(url, timeout: timeout)
            guard let snapshot = try await driver.snapshot() as? LibXMLSnapshot else {
                throw StepError(.other, "the rendered page could not be read")
            }
            await browser.close()
            return snapshot.document
        } catch {
            await browser.close()
            throw error
        }
    }
}
