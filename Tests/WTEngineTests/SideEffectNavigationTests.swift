import CDP
import Foundation
import Testing
import WTEngine
import WTRuntime
import WTTestSupport

/// Actions that navigate as a side effect — an `onchange` postback, a script redirect after a click, a
/// `location` change from a timer — must leave the next step waiting for the new document. Each kind runs
/// many times in one program (one browser), since the race it guards against lost only now and then.
@Suite(
    "Side-effect navigations", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct SideEffectNavigationTests {
    static let iterations = 25

    /// A program that runs `steps` (with `N` standing for the iteration) `iterations` times, extracting
    /// `#result`-like text into `r1`, `r2`, …
    static func program(_ steps: String) -> String {
        let outputs = (1...iterations).map { "output r\($0): string" }.joined(separator: "\n")
        let body = (1...iterations).map { steps.replacingOccurrences(of: "N", with: "\($0)") }
            .joined(separator: "\n")
        return """
            program "side-effects"
            mode browser

            param base: url

            \(outputs)

            \(body)
            """
    }

    static func runAll(_ steps: String) async throws -> [Value?] {
        try await withLoopbackServer(routes: NavigationSite.routes) { server in
            let outcome = try await EngineHarness.run(
                program(steps), parameters: ["base=\(server.url(""))"], mode: .browser)
            guard let result = outcome.result else {
                Issue.record("the run failed: \(outcome.failure?.diagnostic.text ?? "no result")")
                return []
            }
            return (1...iterations).map { result[output: "r\($0)"] }
        }
    }

    @Test(
        "a select that posts its form back from onchange, then the submit button, never runs on the old page",
        arguments: ["", "?direct=1"])
    func postback(query: String) async throws {
        let author = "borges"
        let texts = try await Self.runAll(
            """
            open "{base}/postback\(query)"
            select "#author" value "\(author)"
            click "input[name=submit_button]"
            extract rN = text "#result"
            """)
        #expect(texts == Array(repeating: .string("Books by \(author)"), count: Self.iterations))
    }

    @Test("a click whose script redirects later leaves the next step waiting for the new page")
    func scriptRedirect() async throws {
        let texts = try await Self.runAll(
            """
            open "{base}/redirect"
            click "#go"
            click "#proceed"
            extract rN = text "#done"
            """)
        #expect(texts == Array(repeating: .string("done after redirect"), count: Self.iterations))
    }

    @Test("a location change from a timer is waited for by the step that needs the new page")
    func timer() async throws {
        let texts = try await Self.runAll(
            """
            open "{base}/timer"
            click "#proceed"
            extract rN = text "#done"
            """)
        #expect(texts == Array(repeating: .string("done after timer"), count: Self.iterations))
    }

    @Test("a document without a root element is looked at again, not a script error")
    func rootless() async throws {
        let texts = try await Self.runAll(
            """
            open "{base}/wipe"
            click "#wipe"
            click "#proceed"
            extract rN = text "#done"
            """)
        #expect(texts == Array(repeating: .string("done after wipe"), count: Self.iterations))
    }

    @Test("a navigation that does not finish within the step's timeout fails naming the page it was loading")
    func slowNavigation() async throws {
        try await withLoopbackServer(routes: NavigationSite.routes) { server in
            let outcome = try await EngineHarness.run(
                """
                program "slow"
                mode browser

                param base: url

                open "{base}/slow-link"
                click "#slow" timeout 500ms
                """, parameters: ["base=\(server.url(""))"], mode: .browser)
            let message = try #require(outcome.failure?.diagnostic.text)
            #expect(message.contains("still loading \(server.url("/slow"))"), "\(message)")
            #expect(message.contains("500ms"), "\(message)")
        }
    }
}
