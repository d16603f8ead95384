import CDP
import Foundation
import Testing
import WTRuntime
import WTTestSupport

@testable import WTEngine

/// `wait for` looks again as soon as the page changes (`PageChanges`), not only every poll interval: an
/// element that shows for a moment between two polls is seen.
@Suite(
    "Waits that follow the page", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct PageChangeWaitTests {
    /// `#flash` appears 1.5 s after the page's script runs, after the wait's first look, and goes away 20 s
    /// later, long before the wait's next poll at its 30 s deadline (the poll interval is 60 s).
    static let page = """
        <!DOCTYPE html><html><body><main id="main"></main><script>
        setTimeout(() => {
          const p = document.createElement('p');
          p.id = 'flash';
          p.textContent = 'flash';
          document.getElementById('main').appendChild(p);
          setTimeout(() => p.remove(), 20000);
        }, 1500);
        </script></body></html>
        """

    @Test("with a poll interval longer than the wait, an element showing for a moment is still seen")
    func seenBetweenPolls() async throws {
        let program = """
            program "flash"
            mode browser

            param base: url

            output seen: string

            open "{base}/flash"
            wait for exists "#flash" timeout 30s
            extract seen = text "#flash"
            """
        let routes = [LoopbackRoute("GET", "/flash") { _ in .html(Self.page) }]
        try await withLoopbackServer(routes: routes) { server in
            // The first look finds nothing; polling alone would look next at the deadline, when it is gone.
            let outcome = try await EngineHarness.run(
                program, parameters: ["base=\(server.url(""))"], mode: .browser, pollInterval: .seconds(60))
            #expect(outcome.failure == nil, "\(outcome.failure?.diagnostic.text ?? "")")
            #expect(outcome.result?[output: "seen"] == .string("flash"))
        }
    }

    /// The page script counts the page's own changes and notes the count at each snapshot, so a wait that
    /// starts watching after a change still sees it; the marks it sets while evaluating an XPath are not
    /// the page's changes.
    @Test("a change since the last snapshot is known; the page script's own marks are not changes")
    func changesSinceLook() async throws {
        let html =
            "<!DOCTYPE html><body><div class=item><span>name</span><input type=checkbox checked><button>go</button></div>"
        // `:checked` has no XPath: the page script marks what it selects for the XPath of `:contains`.
        let marked = ResolvedLocator(choices: [.css(".item:has(:checked):contains('name') button")])
        let count = "window.__wtc.count(\(LocatorSpec.source(LocatorSpec.json(marked, scope: []))))"
        try await withLoopbackServer(routes: [LoopbackRoute("GET", "/") { _ in .html(html) }]) { server in
            try await withBrowser(LaunchOptions(launchTimeout: .seconds(30), defaultTimeout: .seconds(30))) { browser in
                let page = try await browser.newContext().newPage()
                try await page.navigate(to: server.url("/"))
                _ = try await page.evaluate(PageScript.source)
                let changed = "window.__wtc.changedSinceLook()"
                let afterLook = try await page.evaluate("(window.__wtc.snapshot('t'), \(changed))")
                #expect(afterLook == false)
                let afterMarks = try await page.evaluate("[\(count), \(changed)]")
                #expect(afterMarks == [1, false], "the XPath marks were counted as the page's changes")
                let afterChange = try await page.evaluate("(document.body.append('more'), \(changed))")
                #expect(afterChange == true)
                let afterNextLook = try await page.evaluate("(window.__wtc.snapshot('t'), \(changed))")
                #expect(afterNextLook == false)
            }
        }
    }
}
