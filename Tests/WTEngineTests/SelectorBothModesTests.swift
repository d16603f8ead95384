import CDP
import Foundation
import Testing
import WTRuntime
import WTTestSupport

@testable import WTEngine

/// Every selector `wtc check` accepts runs in Chromium with the meaning it has over HTTP: our
/// extensions (`:contains()`, `::text`, `[a!=v]`) go the XPath route of `BrowserSelector`, standard CSS
/// goes to `querySelectorAll`. The same program runs in both modes; each `expect count` pins a
/// selector's answer, and the click and the extracted heading must agree.
@Suite("Selectors in both modes", .serialized)
struct SelectorBothModesTests {
    static let page = """
        <!DOCTYPE html><title>Items</title>
        <div class=item><span>Alpha</span><a href="/next?i=alpha">open</a><input type=checkbox checked></div>
        <div class=item data-x=1><span>Beta</span><a href="/next?i=beta">open</a><input type=checkbox></div>
        <div class=item><span>Gamma</span><a href="/next?i=gamma">open</a></div>
        <p class=x>one</p><p>two</p><p class=x>three</p>
        """

    static let program = """
        program "selectors"
        output seen: string
        open "{base}/page"
        expect count ".item:has(:contains('Beta')) a" == 1
        expect count ":contains('Gamma')" == 4
        expect count "p:nth-child(2 of .x)" == 1
        expect count ".item:has(:checked):contains('Alpha')" == 1
        expect count ".item:has(:contains(Alpha)):has(:checked) > span" == 1
        expect count "p::text" == 3
        expect count ".item:not(:has(input)) span:contains(Gamma)" == 1
        expect count "[class!=item]:contains(Beta)" == 3
        expect count "div:contains(a):nth-of-type(2)" == 1
        expect count ":is(p, span):contains('e'):not(:first-child)" == 2
        click ".item:has(:contains('Beta')) a"
        extract seen = text "h1"
        """

    /// No DOCTYPE: quirks mode, where class and id selectors ignore case in both modes.
    static let quirksPage = """
        <div class=Item id=One><span>Alpha</span></div><div class=ITEM><span>Beta</span></div>
        """

    static let quirksProgram = """
        program "quirks"
        output n: int
        open "{base}/page"
        expect count ".item:contains('Beta')" == 1
        expect count "#one:contains(Alpha), .item" == 2
        expect count ".ITEM span" == 2
        extract n = count ".item"
        """

    static func run(
        _ mode: Engine.ExecutionMode, page: String = page, program: String = program
    ) async throws -> EngineHarness.Outcome {
        let routes = [
            LoopbackRoute("GET", "/page") { _ in .html(page) },
            LoopbackRoute("GET", "/next") { request in .html("<h1>\(request.queryValue("i") ?? "")</h1>") },
        ]
        return try await withLoopbackServer(routes: routes) { server in
            try await EngineHarness.run(
                program.replacingOccurrences(of: "{base}", with: server.baseURL), mode: mode)
        }
    }

    @Test("extension selectors select the same elements over HTTP and in Chromium")
    func sameInBothModes() async throws {
        let http = try await Self.run(.http)
        let browser = try await Self.run(.browser)
        #expect(http.failure == nil, "\(String(describing: http.failure?.diagnostic.text))")
        #expect(browser.failure == nil, "\(String(describing: browser.failure?.diagnostic.text))")
        #expect(http.result?[output: "seen"] == .string("beta"))
        #expect(browser.result?[output: "seen"] == .string("beta"))
    }

    @Test("in a quirks-mode page classes and ids ignore case on both routes and in both modes")
    func quirks() async throws {
        for mode in [Engine.ExecutionMode.http, .browser] {
            let outcome = try await Self.run(mode, page: Self.quirksPage, program: Self.quirksProgram)
            #expect(outcome.failure == nil, "\(mode): \(String(describing: outcome.failure?.diagnostic.text))")
            #expect(outcome.result?[output: "n"] == .int(2), "\(mode)")
        }
    }

    @Test("the page script's XPath route and native CSS find the same elements; their cost is printed")
    func locateCost() async throws {
        let rows = (0..<1500).map { i in
            "<div class=item><span>name \(i)</span><button>go</button>\(i % 7 == 0 ? "<input type=checkbox checked>" : "")</div>"
        }
        let html = "<!DOCTYPE html><body>\(rows.joined())</body>"
        let native = ResolvedLocator(choices: [.css(".item:has(:checked) button")])
        let routed = ResolvedLocator(choices: [.css(".item:has(:checked):contains('name') button")])
        try await withLoopbackServer(routes: [LoopbackRoute("GET", "/") { _ in .html(html) }]) { server in
            try await withBrowser(LaunchOptions(launchTimeout: .seconds(30), defaultTimeout: .seconds(30))) { browser in
                let page = try await browser.newContext().newPage()
                try await page.navigate(to: server.url("/"))
                _ = try await page.evaluate(PageScript.source)
                var counts: [Int] = []
                for locator in [native, routed] {
                    let spec = LocatorSpec.source(LocatorSpec.json(locator, scope: []))
                    let answer = try await page.evaluate(
                        """
                        (() => { const spec = \(spec); window.__wtc.count(spec); const t0 = performance.now();
                          let n = 0; for (let i = 0; i < 20; i++) n = window.__wtc.count(spec);
                          return [n, (performance.now() - t0) / 20]; })()
                        """)
                    counts.append(answer[0]?.intValue ?? -1)
                    print("locate cost, \(locator.choices): \(answer[1]?.doubleValue ?? -1) ms per count on 1500 rows")
                }
                #expect(counts == [215, 215])
            }
        }
    }
}
