import CDP
import Foundation
import Testing
import WTRuntime
import WTTestSupport

@testable import WTEngine

/// The agent's view of real pages in Chromium: what each line says, summaries, shadow roots, frames,
/// stable refs, deltas, the cap and the masks.
@Suite("The agent's view of a page", .serialized, .enabled(if: ObserveHarness.browserInstalled))
struct ObserveViewTests {
    @Test("a form shows values, checked boxes, options and masks passwords and masked values")
    func formLines() async throws {
        try await withLoopbackServer(routes: ObservePages.routes) { server in
            try await ObserveHarness.withPage(server.url("/form")) { page in
                let view = try await page.observe(since: nil, maxTokens: 3000, masked: ["tok-123"]).text
                #expect(view.contains(#"] textbox "Email" value="ann@x.test" placeholder="you@example.test" required"#))
                #expect(view.contains(#"] textbox "Password" value="••••""#))
                #expect(!view.contains("hunter2"))
                #expect(view.contains(#"] textbox "Note" value="my token is ••••""#))
                #expect(view.contains(#"] checkbox "Remember me" checked"#))
                #expect(view.contains(#"] combobox "Country" value="France" options: "France", "Spain""#))
                #expect(view.contains("(187 more)"))
                #expect(view.contains(#"] button "Sign \"in\"""#))
                #expect(view.contains(#"] form "Login""#))
                #expect(view.contains(#"] heading "Welcome back" level=1"#))
                #expect(!view.contains("Never shown") && !view.contains("csrf"))
                #expect(ObserveHarness.malformed(view).isEmpty)
                let text = try await page.pageText(maxTokens: 3000, masked: ["tok-123"])
                #expect(text.contains("Welcome back") && text.contains("ann@x.test") && text.contains("••••"))
                #expect(!text.contains("hunter2") && !text.contains("tok-123") && !text.contains("Never shown"))
            }
        }
    }

    @Test("rows of a form are not summarised away: the login sample's sign-in button has a line of its own")
    func formRowsKept() async throws {
        let site = try SampleSites.server("login")
        try site.start()
        defer { site.stop() }
        try await ObserveHarness.withPage(site.url("/login")) { page in
            let view = try await page.observe(since: nil, maxTokens: 3000, masked: []).text
            #expect(ObserveHarness.ref(view, "button", "Sign in") != nil, "\(view)")
            #expect(ObserveHarness.ref(view, "textbox", "Password") != nil, "\(view)")
            #expect(!view.contains("more like"), "\(view)")
        }
    }

    @Test("a long list shows its first three items and how many more there are like the third")
    func listSummarised() async throws {
        try await withLoopbackServer(routes: ObservePages.routes) { server in
            try await ObserveHarness.withPage(server.url("/list")) { page in
                let view = try await page.observe(since: nil, maxTokens: 3000, masked: []).text
                #expect(view.contains("Quote number 3 is"))
                #expect(!view.contains("Quote number 4 is"))
                #expect(try #/… 47 more like \[e[0-9]+\]/#.firstMatch(in: view) != nil)
                // A link's href shows when its name is not enough to tell it apart, and in a closer look.
                #expect(view.contains(#"] link "Next →""#) && !view.contains("href=/page/2/"))
                #expect(view.contains(#"] link "(about)" href=/author/1"#))
                #expect(view.contains(#"] text "Author 2""#))
                #expect(ObserveHarness.malformed(view).isEmpty)
                let closer = try await page.lookCloser(
                    at: try #require(ObserveHarness.ref(view, "heading", "Quotes")),
                    maxTokens: 3000, masked: [])
                #expect(closer.text.hasPrefix("[e") && closer.text.contains("heading"))
                let next = try #require(ObserveHarness.ref(view, "link", "Next →"))
                let link = try await page.lookCloser(at: next, maxTokens: 3000, masked: [])
                #expect(link.text == "[\(next)] link \"Next →\" href=/page/2/")
            }
        }
    }

    @Test("a table shows its header row, its first rows and a summary, linked cells as their links")
    func tableSummarised() async throws {
        try await withLoopbackServer(routes: ObservePages.routes) { server in
            try await ObserveHarness.withPage(server.url("/table")) { page in
                let view = try await page.observe(since: nil, maxTokens: 3000, masked: []).text
                #expect(view.contains(#"columnheader "Code""#) && view.contains(#"cell "3.5""#))
                // A cell that only holds a link of its own name shows as the link.
                #expect(view.contains(#"link "C3""#) && !view.contains(#"cell "C3""#))
                #expect(!view.contains(#"cell "4.5""#) && view.contains("… 27 more like [e"))
            }
        }
    }

    @Test("open shadow roots and their slotted content show inline, and every ref is located")
    func shadowInline() async throws {
        try await withLoopbackServer(routes: ObservePages.routes) { server in
            try await ObserveHarness.withPage(server.url("/shadow")) { page in
                let view = try await page.observe(since: nil, maxTokens: 3000, masked: []).text
                #expect(view.contains(#"] button "Add to cart""#))
                #expect(view.contains(#"] text "Prices in euros""#) && view.contains(#"] text "12 €""#))
                let failures = try await ObserveHarness.checkEveryRef(page, view)
                #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
            }
        }
    }

    @Test("refs stay the same across observations, and a delta after an action shows only what changed")
    func stableRefsAndDelta() async throws {
        try await withLoopbackServer(routes: ObservePages.routes) { server in
            try await ObserveHarness.withPage(server.url("/counter")) { page in
                let first = try await page.observe(since: nil, maxTokens: 3000, masked: [])
                let again = try await page.observe(since: nil, maxTokens: 3000, masked: [])
                #expect(first.text == again.text && !first.isDelta)
                let same = try await page.observe(since: again.sequence, maxTokens: 3000, masked: [])
                #expect(same.isDelta && same.text == "no changes")
                let button = try #require(ObserveHarness.ref(first.text, "button", "Add one"))
                let (locator, scope) = try await page.locate(ref: button)
                try await page.click(locator, scope: scope, timeout: .seconds(5))
                let name = try await page.locate(ref: try #require(ObserveHarness.ref(first.text, "textbox", "Name")))
                try await page.fill(name.locator, value: "Ada", scope: name.scope, timeout: .seconds(5))
                let delta = try await page.observe(since: first.sequence, maxTokens: 3000, masked: [])
                #expect(delta.isDelta && delta.title == "Counter")
                let lines = delta.text.split(separator: "\n")
                #expect(lines.count == 2, "\(delta.text)")
                #expect(delta.text.contains(#"text "Clicked 1 times""#))
                #expect(delta.text.contains(#"textbox "Name" value="Ada""#))
                let after = try await page.observe(since: nil, maxTokens: 3000, masked: [])
                #expect(ObserveHarness.ref(after.text, "button", "Add one") == button)
            }
        }
    }

    @Test("the driver the engine hands out forwards the view to the browser underneath")
    func forwarded() async throws {
        try await withLoopbackServer(routes: ObservePages.routes) { server in
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-observe-\(UUID())")
            defer { try? FileManager.default.removeItem(at: directory) }
            let options = Engine.Options(browser: LaunchOptions(), runDirectory: directory)
            try await Engine.withDriver(mode: .browser, options: options) { driver in
                try await driver.open(server.url("/counter"), timeout: .seconds(20))
                let observing = try #require(driver as? any PageObserving)
                let view = try await observing.observe(since: nil, maxTokens: 3000, masked: [])
                let button = try #require(ObserveHarness.ref(view.text, "button", "Add one"))
                let (locator, _) = try await observing.locate(ref: button)
                #expect(locator.choices.count == 1 && view.title == "Counter")
            }
        }
    }

    @Test("a stale or malformed ref fails with a sentence saying to observe again")
    func staleRef() async throws {
        try await withLoopbackServer(routes: ObservePages.routes) { server in
            try await ObserveHarness.withPage(server.url("/counter")) { page in
                let view = try await page.observe(since: nil, maxTokens: 3000, masked: []).text
                let button = try #require(ObserveHarness.ref(view, "button", "Add one"))
                try await page.open(server.url("/form"), timeout: .seconds(20))
                let error = await #expect(throws: StepError.self) { try await page.locate(ref: "e999") }
                #expect(error?.message.contains("no element [e999] on this page") == true)
                await #expect(throws: StepError.self) { try await page.locate(ref: "button") }
                let fresh = try await page.observe(since: 1, maxTokens: 3000, masked: [])
                #expect(!fresh.isDelta && !button.isEmpty)
            }
        }
    }

    @Test("a view over its budget collapses deeper lines and never cuts one")
    func capped() async throws {
        try await withLoopbackServer(routes: ObservePages.routes) { server in
            try await ObserveHarness.withPage(server.url("/form")) { page in
                let view = try await page.observe(since: nil, maxTokens: 40, masked: [])
                #expect(view.estimatedTokens <= 40)
                #expect(view.text.contains("more lines"))
                #expect(ObserveHarness.malformed(view.text).isEmpty)
            }
        }
    }
}
