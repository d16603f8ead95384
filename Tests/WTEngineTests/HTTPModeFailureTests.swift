import Foundation
import Testing
import WTEngine
import WTRuntime
import WTTestSupport

/// Failures over HTTP say which step, what it looked for and what the page had instead.
@Suite("HTTP mode failures")
struct HTTPModeFailureTests {
    static let quotesSite = Paths.samples.appendingPathComponent("quotes/site")

    @Test("a locator that matches nothing fails at its line with the page's summary")
    func notFound() async throws {
        try await withLoopbackServer(root: Self.quotesSite) { server in
            let program = """
                program "missing"

                output names: [string]

                open "\(server.baseURL)/tag/love/"
                extract names = texts ".author"
                click ".no-such-button"

                """
            let outcome = try await EngineHarness.run(program, mode: .http)
            let failure = try #require(outcome.failure)
            #expect(failure.kind == .stepFailed)
            #expect(failure.id == "run.not-found")
            #expect(failure.diagnostic.span?.start.line == 7)
            #expect(failure.diagnostic.text.contains(".no-such-button"))
            #expect(failure.diagnostic.help?.contains("Quotes to Keep") == true)
        }
    }

    @Test("a step that needs a browser is refused over HTTP, naming the step")
    func scrollNeedsBrowser() async throws {
        try await withLoopbackServer(root: Self.quotesSite) { server in
            let program = """
                program "scrolls"

                output n: int

                open "\(server.baseURL)/tag/love/"
                scroll until no new ".quote" max 5
                extract n = count ".quote"

                """
            let outcome = try await EngineHarness.run(program, mode: .http)
            let failure = try #require(outcome.failure)
            #expect(failure.id == "run.unsupported-in-mode")
            #expect(failure.diagnostic.span?.start.line == 6)
        }
    }

    @Test("a refused connection is 'unavailable'")
    func refused() async throws {
        let port = try LoopbackPorts.closedPort()
        let program =
            "program \"down\"\n\noutput t: string\n\nopen \"http://127.0.0.1:\(port)/\"\nextract t = text \"h1\"\n"
        let outcome = try await EngineHarness.run(program, mode: .http)
        let failure = try #require(outcome.failure)
        #expect(failure.kind == .unavailable)
        #expect(failure.diagnostic.span?.start.line == 5)
    }

    @Test("an HTTP error status fails the open step with the status")
    func notFoundStatus() async throws {
        try await withLoopbackServer(root: Self.quotesSite) { server in
            let program =
                "program \"p\"\n\noutput t: string\n\nopen \"\(server.baseURL)/nope/\"\nextract t = text \"h1\"\n"
            let outcome = try await EngineHarness.run(program, mode: .http)
            let failure = try #require(outcome.failure)
            #expect(failure.diagnostic.text.contains("404"))
        }
    }

    @Test("two elements where one is needed is an error listing them, unless 'first'")
    func ambiguous() async throws {
        try await withLoopbackServer(root: Self.quotesSite) { server in
            let program = "program \"p\"\n\nopen \"\(server.baseURL)/tag/love/\"\nclick \"a.tag\"\n"
            let outcome = try await EngineHarness.run(program, mode: .http)
            let failure = try #require(outcome.failure)
            #expect(failure.id == "run.ambiguous")
            #expect(failure.diagnostic.text.contains("first"))
            let first =
                "program \"p\"\n\nopen \"\(server.baseURL)/tag/love/\"\nclick first \"a.tag\"\nexpect url ~ \"/tag/love/$\"\n"
            #expect(try await EngineHarness.run(first, mode: .http).failure == nil)
        }
    }

}
