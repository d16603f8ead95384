import Foundation
import Testing
import WTTestSupport

/// `wtc compile` through the built binary: the output, --explain, and every kind of bad trace with its
/// position, its id and its exit code.
@Suite("wtc compile (built binary)")
struct CompileCommandTests {
    static let quotesTrace = Paths.samples.appendingPathComponent("quotes/trace").path

    @Test("a sample trace compiles to its golden program on stdout; --explain says why on stderr")
    func compilesToGolden() async throws {
        let result = try await CLI.run(["compile", Self.quotesTrace, "--explain"])
        #expect(result.status == 0, "\(result.stderr)")
        let golden = try String(contentsOf: Paths.samples.appendingPathComponent("quotes/compiled.wt"), encoding: .utf8)
        #expect(result.stdout == golden)
        #expect(result.stderr.contains("explain: step 3 click: \"li.next > a\": the recording's own selector"))
        #expect(result.stderr.contains("become a repeat bounded by max_pages"))
    }

    /// A copy of the quotes trace folder whose trace.json is `edit(original)`.
    static func brokenTrace(_ edit: (String) -> String) throws -> URL {
        let work = try CLI.temporaryDirectory()
        let folder = work.appendingPathComponent("trace")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: quotesTrace), to: folder)
        let file = folder.appendingPathComponent("trace.json")
        try edit(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
        return folder
    }

    @Test(
        "a bad trace is reported at its position with a stable id and exit 65",
        arguments: [
            ("\"version\": 1", "\"version\": 7", "trace.version"),
            ("\"action\": \"click\"", "\"action\": \"tap\"", "trace.unknown-action"),
            ("\"steps\": [", "\"steps\": [,", "trace.json-syntax"),
            ("\"snapshots/0002.html\"", "\"snapshots/9999.html\"", "trace.missing-snapshot"),
            ("\"index\": 3", "\"index\": 30", "trace.step-index"),
        ])
    func badTrace(_ find: String, _ replace: String, _ id: String) async throws {
        let folder = try Self.brokenTrace { $0.replacingOccurrences(of: find, with: replace) }
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let result = try await CLI.run(["compile", folder.path])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("trace.json:"), "\(result.stderr)")
        #expect(result.stderr.contains("[\(id)]"), "\(result.stderr)")
    }

    @Test("a step the compiler cannot reproduce on its own page names the step; nothing is written")
    func cannotReproduce() async throws {
        let folder = try Self.brokenTrace {
            $0.replacingOccurrences(of: "/html[1]/body[1]/nav[1]/ul[1]/li[1]/a[1]", with: "/html[1]/body[1]/p[7]")
        }
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let output = folder.deletingLastPathComponent().appendingPathComponent("out.wt").path
        let result = try await CLI.run(["compile", folder.path, "-o", output])
        #expect(result.status == 65)
        #expect(result.stderr.contains("the element step 3 acted on"), "\(result.stderr)")
        #expect(result.stderr.contains("[compile.cannot-lower]"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("a missing trace exits 66, an empty file 65, diagnostics can be JSON")
    func missingAndEmpty() async throws {
        #expect(try await CLI.run(["compile", "/nonexistent/trace.json"]).status == 66)
        let work = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let empty = work.appendingPathComponent("trace.json")
        try Data().write(to: empty)
        let result = try await CLI.run(["compile", empty.path, "--diagnostics-format", "json"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\"id\""), "\(result.stderr)")
    }

    @Test("a trace is read as a trace: larger than a program may be, and its errors say trace.json")
    func traceLimits() async throws {
        let work = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let trace = work.appendingPathComponent("trace.json")
        // 20 MiB (more than the 16 MiB a program may have) that is not JSON: read, then refused as JSON.
        try Data(repeating: UInt8(ascii: " "), count: 20 << 20).write(to: trace)
        let large = try await CLI.run(["compile", trace.path])
        #expect(large.status == 65)
        #expect(!large.stderr.contains("input.too-large"), "\(large.stderr)")
        #expect(large.stderr.contains("[trace."), "\(large.stderr)")
        try Data([0x7B, 0x00, 0x7D]).write(to: trace)
        let binary = try await CLI.run(["compile", trace.path])
        #expect(binary.status == 65)
        #expect(binary.stderr.contains("a trace.json is UTF-8 text"), "\(binary.stderr)")
    }
}
