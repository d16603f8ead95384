import Foundation
import Testing

@testable import CDP

extension ChromiumTests {
    /// One browser context per run: nothing a run stores is visible to another.
    @Suite("Browser contexts are isolated")
    struct IsolationTests {
        let marker = Marker()

        @Test("a cookie set in context A is not visible in context B")
        func cookies() async throws {
            defer { marker.cleanUp() }
            try await withBrowser(Chromium.options(marker: marker)) { browser in
                let contextA = try await browser.newContext()
                let contextB = try await browser.newContext()
                let pageA = try await contextA.newPage()
                let pageB = try await contextB.newPage()
                let url = "http://example.test/"
                let set = try await pageA.send(Network.SetCookie(name: "run", value: "A", url: url))
                #expect(set.success != false)
                let seenByA = try await pageA.send(Network.GetCookies(urls: [url])).cookies
                #expect(seenByA.map(\.name) == ["run"])
                let seenByB = try await pageB.send(Network.GetCookies(urls: [url])).cookies
                #expect(seenByB.isEmpty)
                let storeB = try await browser.session.send(Storage.GetCookies(browserContextId: contextB.id))
                #expect(storeB.cookies.isEmpty)
                let storeA = try await browser.session.send(Storage.GetCookies(browserContextId: contextA.id))
                #expect(storeA.cookies.map(\.value) == ["A"])
            }
        }

        @Test("cookies and localStorage written by a page in one context stay out of another")
        func pageStorage() async throws {
            defer { marker.cleanUp() }
            let server = try TinyHTTPServer(html: "<title>store</title><p>origin</p>")
            defer { server.stop() }
            try await withBrowser(Chromium.options(marker: marker)) { browser in
                let contextA = try await browser.newContext()
                let writer = try await contextA.newPage()
                try await writer.navigate(to: server.url, timeout: .seconds(10))
                _ = try await writer.evaluate("localStorage.setItem('k', 'A'); document.cookie = 'c=A'")
                // Same context, second page: sees both, so the check below can fail for the right reason.
                let sibling = try await contextA.newPage()
                try await sibling.navigate(to: server.url, timeout: .seconds(10))
                let shared = try await sibling.evaluate("[localStorage.getItem('k'), document.cookie]")
                #expect(shared == ["A", "c=A"])
                let stranger = try await browser.newContext().newPage()
                try await stranger.navigate(to: server.url, timeout: .seconds(10))
                let isolated = try await stranger.evaluate("[localStorage.getItem('k'), document.cookie]")
                #expect(isolated == [nil, ""])
            }
        }

        @Test("closing a context closes its pages and the browser stays usable")
        func disposeContext() async throws {
            defer { marker.cleanUp() }
            try await withBrowser(Chromium.options(marker: marker)) { browser in
                let context = try await browser.newContext()
                let page = try await context.newPage()
                try await context.close()
                let targets = try await browser.session.send(Target.GetTargets()).targetInfos
                #expect(!targets.contains { $0.targetId == page.targetID })
                await #expect(throws: CDPError.self) { try await page.evaluate("1", timeout: .seconds(5)) }
                let fresh = try await browser.newContext().newPage()
                let sum = try await fresh.evaluate("1+1")
                #expect(sum == 2)
            }
        }
    }
}
