import Foundation
import Testing
import WTServer

@Suite("Console response headers")
struct HeadersTests {
    static let paths = [
        "/sign-in", "/tasks", "/tasks/new", "/tasks/wt_1", "/tasks/nope", "/keys", "/keys/links",
        "/keys/links/diff?from=1&to=2", "/console.css", "/console.js",
    ]

    @Test("every console response forbids inline script and style, sniffing, framing and foreign referrers")
    func everyPage() async throws {
        let api = TestConsole()
        _ = try await api.backend.start(workspace: "ws_a", request: WebTaskStart(task: "t"))
        await api.backend.putKey(
            workspace: "ws_a", key: "links",
            revisions: [
                (KeyRevision(revisionId: "1", webTaskId: "wt_1", savedAt: TestConsole.start, reason: .created), "x")
            ])
        let pages = try await api.run { guest in
            try await guest.signIn(TestConsole.keyA)
            var pages: [(String, Page)] = []
            for path in Self.paths { pages.append((path, try await guest.get(path))) }
            return pages
        }
        for (path, page) in pages {
            let policy = page.headers[.contentSecurityPolicy] ?? ""
            #expect(policy.contains("script-src 'self'"), "\(path)")
            #expect(policy.contains("style-src 'self'"), "\(path)")
            #expect(policy.contains("frame-ancestors 'none'"), "\(path)")
            #expect(!policy.contains("unsafe-inline"), "\(path)")
            #expect(page.headers[.xContentTypeOptions] == "nosniff", "\(path)")
            #expect(page.headers[.init("Referrer-Policy")!] == "same-origin", "\(path)")
            if path.hasPrefix("/console.") { continue }
            #expect(page.headers[.cacheControl] == "no-store", "\(path)")
            #expect(!page.text.contains("style="), "\(path)")
            #expect(!page.text.contains(" onclick"), "\(path)")
            #expect(!page.text.contains("<script>"), "\(path)")
        }
    }

    @Test("the static files are served with their types")
    func statics() async throws {
        let (css, js) = try await TestConsole().run { guest in
            (try await guest.get("/console.css"), try await guest.get("/console.js"))
        }
        #expect(css.status == 200)
        #expect(css.headers[.contentType] == "text/css; charset=utf-8")
        #expect(js.status == 200)
        #expect(js.text.contains("data-poll"))
    }
}
