import Foundation
import Testing

@testable import CDP

extension ChromiumTests {
    @Suite("A page in a launched browser")
    struct PageTests {
        @Test("launching answers Browser.getVersion with the headless product")
        func launchAnswersGetVersion() async throws {
            let marker = Marker()
            defer { marker.cleanUp() }
            try await withBrowser(Chromium.options(marker: marker)) { browser in
                #expect(browser.version.product.contains("HeadlessChrome"))
                let again = try await browser.session.send(Browser.GetVersion(), timeout: .seconds(10))
                #expect(again.product == browser.version.product)
            }
        }

        @Test("a page evaluates 1+1 and returns the document's outerHTML")
        func evaluateAndOuterHTML() async throws {
            let marker = Marker()
            defer { marker.cleanUp() }
            try await withBrowser(Chromium.options(marker: marker)) { browser in
                let page = try await browser.newContext().newPage()
                try await page.navigate(to: dataURL("<title>t</title><h1 id=x>Hello</h1>"))
                #expect(try await page.evaluate("1+1") == .number(2))
                let html = try await page.evaluate("document.documentElement.outerHTML")
                #expect(html.stringValue?.contains("<h1 id=\"x\">Hello</h1>") == true)
            }
        }
    }
}
