import Foundation
import Testing
import WTTestSupport

/// The compiler's strongest test on real input: run a sample with `--trace`, compile the trace, run the
/// compiled program on the same site, and get exactly the same result.
@Suite("exec --trace, compile, exec again (built binary)", .serialized)
struct CompileRoundTripTests {
    static let httpSamples = ["quotes", "products", "rates", "login"]

    @Test("over HTTP, the compiled program returns what the recorded run returned", arguments: httpSamples)
    func roundTripOverHTTP(_ name: String) async throws {
        try await roundTrip(name, mode: "http")
    }

    static let browserSamples = ["quotes", "products", "rates", "login", "feed", "challenge", "quote-form", "search"]

    @Test("in Chromium, the compiled program returns what the recorded run returned", arguments: browserSamples)
    func roundTripInChromium(_ name: String) async throws {
        try await roundTrip(name, mode: "browser")
    }

    func roundTrip(_ name: String, mode: String) async throws {
        let server = try SampleSites.server(name)
        try server.start()
        defer { server.stop() }
        let work = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let traceDirectory = work.appendingPathComponent("trace").path
        let program = Paths.samples.appendingPathComponent("\(name)/program.wt").path
        var parameters = ["--param", "base_url=\(server.baseURL)"]
        if name == "login" { parameters += ["--param", "password=\(SampleSites.demoPassword)"] }

        let recorded = try await CLI.run(
            ["exec", program, "--quiet", "--mode", mode, "--trace", traceDirectory] + parameters)
        try #require(recorded.status == 0, "recording failed: \(recorded.stderr)")
        if name == "login" { try Self.expectNoSecret(in: URL(fileURLWithPath: traceDirectory)) }
        let compiledPath = work.appendingPathComponent("compiled.wt").path
        let compiled = try await CLI.run(["compile", traceDirectory, "-o", compiledPath, "--explain"])
        try #require(compiled.status == 0, "compile failed: \(compiled.stderr)")
        let replayed = try await CLI.run(["exec", compiledPath, "--quiet", "--mode", mode] + parameters)
        let source = (try? String(contentsOfFile: compiledPath, encoding: .utf8)) ?? ""
        try #require(replayed.status == 0, "the compiled program failed: \(replayed.stderr)\n\(source)")
        #expect(Self.comparable(replayed.stdout) == Self.comparable(recorded.stdout), "compiled:\n\(source)")
    }

    /// A trace never holds a secret: not in trace.json, not in a snapshot where the browser shows what was
    /// typed into the password field, not in a response.
    static func expectNoSecret(in directory: URL) throws {
        let files = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        var checked = 0
        while let file = files?.nextObject() as? URL {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            checked += 1
            #expect(!text.contains(SampleSites.demoPassword), "\(file.lastPathComponent) holds the password")
        }
        #expect(checked >= 3)
    }

    /// The result as JSON, downloaded files by name only (each run saves them in its own folder).
    static func comparable(_ text: String) -> NSObject? {
        guard let value = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else { return nil }
        return withoutPaths(value) as? NSObject
    }

    static func withoutPaths(_ value: Any) -> Any {
        if let object = value as? [String: Any] {
            return object.filter { $0.key != "path" }.mapValues(withoutPaths)
        }
        if let array = value as? [Any] { return array.map(withoutPaths) }
        return value
    }
}
