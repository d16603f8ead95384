import Foundation
import Testing
import WTTestSupport

/// `concurrency K` beyond the pages a run may open at once is said before the run, and `--max-pages`
/// raises (or lowers) that limit.
@Suite("wtc exec --max-pages (built binary)")
struct MaxPagesTests {
    static let products = Paths.samples.appendingPathComponent("products/program.wt").path

    @Test("a loop asking for more pages than --max-pages gets a located warning, and the run still succeeds")
    func warnsAndRuns() async throws {
        let server = try SampleSites.server("products")
        try server.start()
        defer { server.stop() }
        let result = try await CLI.run([
            "exec", Self.products, "--quiet", "--max-pages", "2", "--param", "base_url=\(server.baseURL)",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("program.wt:22:36: warning: this loop asks for 4 pages at once"))
        #expect(result.stderr.contains("[run.concurrency-capped]"))
        #expect(result.stderr.contains("--max-pages 4"))
        // The sample's expected result writes the site's address as BASE.
        let stdout = result.stdout.replacingOccurrences(of: server.baseURL, with: "BASE")
        let actual = try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? NSObject
        let expected = try JSONSerialization.jsonObject(
            with: Data(contentsOf: Paths.samples.appendingPathComponent("products/expected.json")))
        #expect(actual?.isEqual(expected) == true)
    }

    @Test("within the default limit nothing is said")
    func silentWithinLimit() async throws {
        let server = try SampleSites.server("products")
        try server.start()
        defer { server.stop() }
        let result = try await CLI.run(["exec", Self.products, "--quiet", "--param", "base_url=\(server.baseURL)"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }

    @Test("--max-pages below 1 is a usage error")
    func refusesZero() async throws {
        let result = try await CLI.run(["exec", Self.products, "--max-pages", "0"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--max-pages must be at least 1"))
    }
}
