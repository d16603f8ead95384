import ArgumentParser
import WTEngine

extension ServeCommand {
    /// A `--browser` that is not a `ws://` or `wss://` URL is a usage error before anything starts
    /// (`BrowserAddress` picks the transport later; its check never shows the URL's query).
    func validateBrowser() throws {
        guard let browser else { return }
        do {
            try BrowserAddress.check(browser)
        } catch {
            throw ValidationError("--browser: \(error.message)")
        }
    }
}
