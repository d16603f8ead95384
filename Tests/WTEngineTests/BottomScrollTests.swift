import CDP
import Foundation
import Testing
import WTEngine
import WTRuntime
import WTTestSupport

/// `scroll` goes to the very end of the page, and of the scroll box that holds a list, so lists that load
/// only at the exact bottom load every page.
@Suite(
    "Scrolling to the exact bottom", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct BottomScrollTests {
    static func run(path: String, _ steps: String) async throws -> RunResult? {
        try await withLoopbackServer(routes: BottomScrollSite.routes) { server in
            let outcome = try await EngineHarness.run(
                """
                program "bottom"
                mode browser

                param list_url: url

                output items: [string]

                open "{list_url}"
                \(steps)
                extract items = texts ".item"
                """, parameters: ["list_url=\(server.url(path))"], mode: .browser)
            if let failure = outcome.failure { Issue.record("the run failed: \(failure.diagnostic.text)") }
            return outcome.result
        }
    }

    static var everyItem: Value { .list(BottomScrollSite.allItems.map(Value.string)) }

    @Test(
        "scroll until no new collects every page of a list that loads only at the exact bottom",
        arguments: ["/bottom", "/boxed", "/boxed-below"])
    func untilNoNew(path: String) async throws {
        let result = try await Self.run(path: path, #"scroll until no new ".item" max 30"#)
        #expect(result?[output: "items"] == Self.everyItem)
    }

    @Test("one plain scroll reaches the exact bottom and loads the next page", arguments: ["/bottom", "/boxed"])
    func plainScroll(path: String) async throws {
        let second = 2 * BottomScrollSite.pageSize
        let result = try await Self.run(
            path: path,
            """
            scroll
            wait for count ".item" >= \(second) timeout 5s
            """)
        let items = BottomScrollSite.allItems.prefix(second).map(Value.string)
        #expect(result?[output: "items"] == .list(Array(items)))
    }
}
