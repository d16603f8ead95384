import Foundation
import Testing
import WTEngine
import WTRuntime
import WTTestSupport

/// What a site can send that is not a page: each is a clear step failure naming the step, never a crash.
@Suite("HTTP mode bad input")
struct HTTPBadInputTests {
    static func openFails(_ path: String) async throws -> RunFailure {
        try await withLoopbackServer(routes: LoopbackRoute.testRoutes) { server in
            let program = "program \"p\"\n\noutput t: string\n\nopen \"\(server.url(path))\"\nextract t = text \"h1\"\n"
            let outcome = try await EngineHarness.run(program, mode: .http)
            return try #require(outcome.failure, "opening \(path) did not fail")
        }
    }

    @Test("a binary body is refused as not HTML")
    func binary() async throws {
        let failure = try await Self.openFails("/binary")
        #expect(failure.diagnostic.span?.start.line == 5)
        #expect(failure.diagnostic.text.contains("not an HTML page"))
    }

    @Test("a redirect loop stops at the redirect limit")
    func redirectLoop() async throws {
        let failure = try await Self.openFails("/loop")
        #expect(failure.diagnostic.text.contains("redirect"))
    }

    @Test("a 100 MB response is refused at the body cap")
    func huge() async throws {
        let failure = try await Self.openFails("/huge?mb=100")
        #expect(failure.diagnostic.text.contains("MiB") || failure.diagnostic.text.contains("bytes"))
    }

    @Test("truncated and malformed HTML still reads what is there")
    func malformed() async throws {
        let routes = [
            LoopbackRoute("GET", "/broken") { _ in
                .html("<html><body><ul><li class=x>one<li class=x>two &amp; more<div><p>unclosed <b>bold")
            }
        ]
        try await withLoopbackServer(routes: routes) { server in
            let program = """
                program "p"

                output items: [string]

                open "\(server.url("/broken"))"
                extract items = texts "li.x"

                """
            let outcome = try await EngineHarness.run(program, mode: .http)
            let result = try #require(outcome.result)
            #expect(result[output: "items"] == .list([.string("one"), .string("two & more\nunclosed bold")]))
        }
    }
}
