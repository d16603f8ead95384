import Foundation
import Testing
import WTTestSupport

/// The `mode` line `wtc compile` writes for traces recorded in Chromium: `auto` when the raw responses
/// already hold every extracted value and every step works over plain HTTP, else `browser` and why.
@Suite("compile decides the mode of browser recordings (built binary)", .serialized)
struct CompileModeTests {
    @Test("the quotes sample recorded in a browser compiles to mode auto")
    func quotesLowerToHTTP() async throws {
        let compiled = try await Self.recordAndCompile("quotes")
        #expect(compiled.source.contains("\nmode auto\n"), "\(compiled.source)")
        #expect(compiled.explain.contains("mode auto: the raw responses already contain every extracted value"))
    }

    @Test("the feed sample recorded in a browser stays in mode browser, naming the step that needs it")
    func feedStaysInTheBrowser() async throws {
        let compiled = try await Self.recordAndCompile("feed")
        #expect(compiled.source.contains("\nmode browser\n"), "\(compiled.source)")
        #expect(compiled.explain.contains("mode browser: step 2 (scroll) needs a browser"), "\(compiled.explain)")
    }

    /// Records sample `name` in Chromium with `exec --trace` and compiles the trace with `--explain`.
    static func recordAndCompile(_ name: String) async throws -> (source: String, explain: String) {
        let server = try SampleSites.server(name)
        try server.start()
        defer { server.stop() }
        let work = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let trace = work.appendingPathComponent("trace").path
        let program = Paths.samples.appendingPathComponent("\(name)/program.wt").path
        let recorded = try await CLI.run([
            "exec", program, "--quiet", "--mode", "browser", "--trace", trace, "--param", "base_url=\(server.baseURL)",
        ])
        try #require(recorded.status == 0, "recording failed: \(recorded.stderr)")
        let output = work.appendingPathComponent("compiled.wt").path
        let compiled = try await CLI.run(["compile", trace, "-o", output, "--explain"])
        try #require(compiled.status == 0, "compile failed: \(compiled.stderr)")
        return (try String(contentsOfFile: output, encoding: .utf8), compiled.stderr + compiled.stdout)
    }
}
