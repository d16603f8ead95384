import Foundation
import Testing
import WTRuntime

@testable import WTEngine
@testable import WTTestSupport

/// `locate(ref:)` for every ref of a page's view: the live page script finds exactly that element, and
/// the snapshot (what traces describe) finds exactly one node of the same tag and text. Every line with a
/// ref follows the format the fake model's scripts parse.
@Suite("Refs back to locators", .serialized, .enabled(if: ObserveHarness.browserInstalled))
struct ObserveLocateTests {
    /// Each sample site's first page (the path its program opens; the quotes sample's tag is `love`).
    static let samplePages = [
        ("challenge", "/challenge"), ("feed", "/feed"), ("login", "/login"), ("products", "/products/"),
        ("quote-form", "/quote/step-1"), ("quotes", "/tag/love/"), ("rates", "/rates"), ("search", "/search"),
    ]

    @Test("every ref of each sample site's first page is located live and in the snapshot", arguments: samplePages)
    func sampleSite(_ sample: (String, String)) async throws {
        let server = try SampleSites.server(sample.0)
        try server.start()
        defer { server.stop() }
        try await ObserveHarness.withPage(server.baseURL + sample.1) { page in
            try await Self.checkPage(page, sample.0)
        }
    }

    @Test("every ref of each realistic site's first page is located live and in the snapshot")
    func realisticSites() async throws {
        for site in RealisticSites.all {
            guard let route = site.routes.first(where: { $0.method == "GET" && !$0.path.hasSuffix("*") }) else {
                continue
            }
            let server = try site.server(state: SiteState())
            try server.start()
            defer { server.stop() }
            try await ObserveHarness.withPage(server.url(route.path)) { page in
                try await Self.checkPage(page, site.name)
            }
        }
    }

    /// The frame's origin and how Chromium hosts it (cross-origin frames in the page's renderer or in one
    /// of their own, with a child session: `FrameHosting`).
    static let frameCases: [(String, FrameHosting)] = [
        ("127.0.0.1", .inProcess), ("localhost", .inProcess), ("localhost", .outOfProcess),
    ]

    @Test(
        "same-origin and cross-origin frames show inline, and their refs are located", arguments: frameCases)
    func frames(_ frame: (String, FrameHosting)) async throws {
        let frameHost = frame.0
        try await withLoopbackServer(routes: FrameSite.routes) { server in
            let url = FrameSite.topURL(server, frameHost: frameHost, innerHost: "localhost")
            try await ObserveHarness.withPage(url, browser: frame.1.options) { page in
                let view = try await page.observe(since: nil, maxTokens: 3000, masked: []).text
                #expect(view.contains(#"] frame "Shop frame""#))
                #expect(view.contains(#"] button "Change""#))
                let change = try #require(ObserveHarness.ref(view, "button", "Change"))
                #expect(change.hasPrefix(frameHost == "localhost" ? "fa" : "e"))
                let failures = try await ObserveHarness.checkEveryRef(page, view)
                #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
                let (locator, scope) = try await page.locate(ref: change)
                try await page.click(locator, scope: scope, timeout: .seconds(5))
                // The click's effect happens in the frame's renderer, maybe another process: wait for it.
                var text = try await page.pageText(maxTokens: 3000, masked: [])
                let deadline = ContinuousClock.now.advanced(by: .seconds(10))
                while !text.contains("changed in the frame"), ContinuousClock.now < deadline {
                    _ = await page.waitForChange(upTo: .milliseconds(200))
                    text = try await page.pageText(maxTokens: 3000, masked: [])
                }
                #expect(text.contains("changed in the frame") && text.contains("Frame shop"))
            }
        }
    }

    @Test("a frameset's frames show inline, and their refs are located", arguments: ["127.0.0.1", "localhost"])
    func frameset(_ sideHost: String) async throws {
        try await withLoopbackServer(routes: FramesetSite.routes) { server in
            try await ObserveHarness.withPage(FramesetSite.url(server, sideHost: sideHost)) { page in
                let view = try await page.observe(since: nil, maxTokens: 3000, masked: []).text
                #expect(view.split(separator: "\n").filter { $0.contains("] frame") }.count >= 4)
                #expect(ObserveHarness.ref(view, "listitem", "Apple") != nil)
                let failures = try await ObserveHarness.checkEveryRef(page, view)
                #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
            }
        }
    }

    static func checkPage(_ page: BrowserDriver, _ name: String) async throws {
        let view = try await page.observe(since: nil, maxTokens: 100_000, masked: []).text
        #expect(!ObserveHarness.refs(view).isEmpty, "\(name) shows no ref:\n\(view)")
        #expect(ObserveHarness.malformed(view) == [], "\(name)")
        let failures = try await ObserveHarness.checkEveryRef(page, view)
        #expect(failures.isEmpty, "\(name):\n\(failures.joined(separator: "\n"))\n\(view)")
    }
}
