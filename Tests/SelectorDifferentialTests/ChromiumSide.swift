import CDP
import Foundation
import WTTestSupport

/// Chromium as the oracle: each markup is served by a loopback server and loaded as a fresh page (no
/// script of ours runs before the selectors), then `document.querySelectorAll` runs every selector.
struct ChromiumSide {
    let page: PageSession
    let server: LoopbackServer

    /// Identities of what each selector selects, or `["error"]` when `querySelectorAll` throws.
    func select(_ selectors: [String], page index: Int) async throws -> [[String]] {
        try await page.navigate(to: server.url("/case/\(index)"))
        let encoded = String(decoding: try JSONEncoder().encode(selectors), as: UTF8.self)
        // Two animation frames: the page has rendered once, so `autofocus` has taken effect, as it has
        // on any page a person or a program looks at after loading.
        _ = try await page.evaluate(
            "new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))",
            awaitPromise: true)
        let answer = try await page.evaluate(Self.script(encoded))
        guard case .array(let rows) = answer else { throw Unexpected(answer: "\(answer)") }
        return rows.map { row in
            guard case .array(let items) = row else { return [Verdict.error] }
            return items.compactMap(\.stringValue)
        }
    }

    struct Unexpected: Error {
        var answer: String
    }

    /// The page-side half: identities as `EngineSide.identities` names them.
    static func script(_ selectorsJSON: String) -> String {
        """
        (() => {
          const names = new Map(), seen = new Map();
          for (const e of document.getElementsByTagName('*')) {
            const tag = e.localName, n = seen.get(tag) || 0;
            seen.set(tag, n + 1);
            names.set(e, e.id ? '#' + e.id : tag + '@' + n);
          }
          return \(selectorsJSON).map(s => {
            try { return Array.from(document.querySelectorAll(s), e => names.get(e) || 'non-element'); }
            catch (e) { return '\(Verdict.error)'; }
          });
        })()
        """
    }

    /// Runs `body` with a fresh browser and a server that serves `markups[i]` at `/case/i`.
    static func with<T: Sendable>(
        markups: [String], _ body: (ChromiumSide) async throws -> T
    ) async throws -> T {
        let route = LoopbackRoute("GET", "/case/*") { request in
            guard let index = Int(request.path.dropFirst("/case/".count)), markups.indices.contains(index) else {
                return .text("no such case", status: 404)
            }
            return .html(markups[index])
        }
        return try await withLoopbackServer(routes: [route]) { server in
            try await withBrowser(LaunchOptions(launchTimeout: .seconds(30), defaultTimeout: .seconds(20))) {
                browser in
                let context = try await browser.newContext()
                let page = try await context.newPage()
                return try await body(ChromiumSide(page: page, server: server))
            }
        }
    }

    static var isInstalled: Bool {
        FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)
    }
}
