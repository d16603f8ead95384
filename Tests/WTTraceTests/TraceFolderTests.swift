import Foundation
import Testing
import WTDiagnostics
import WTTestSupport
import WTTrace

@Suite("Trace folders on disk")
struct TraceFolderTests {
    /// A fresh empty folder, removed by `remove`.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-trace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func snapshots(of trace: Trace) -> [String: String] {
        var files: [String: String] = [:]
        for step in trace.steps {
            for page in [step.before, step.after].compactMap(\.self) {
                for path in [page.snapshot, page.response].compactMap(\.self) {
                    files[path] = "<html><body><p>\(path) — ünïcode</p></body></html>"
                }
            }
        }
        return files
    }

    @Test("a written folder loads back, by folder or by file, with its snapshots readable")
    func writeAndLoad() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let trace = TraceFixtures.rich
        let snapshots = Self.snapshots(of: trace)
        try TraceWriter.write(trace, snapshots: snapshots, to: folder.appendingPathComponent("run"))
        for path in [folder.path + "/run", folder.path + "/run/", folder.path + "/run/trace.json"] {
            var diagnostics = DiagnosticEngine()
            let loaded = try #require(try TraceFolder.load(path: path, diagnostics: &diagnostics))
            #expect(diagnostics.diagnostics.isEmpty)
            #expect(loaded.trace == trace)
            #expect(try loaded.html(for: "pages/1-snapshot.html") == snapshots["pages/1-snapshot.html"])
        }
    }

    @Test("a snapshot file that is not beside trace.json is reported at its path in the trace")
    func missingSnapshot() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let marked = MarkedSource(
            TraceFixtures.document(steps: [
                #"{"index": 1, "action": "back", "after": {"url": "u", "title": "t", "snapshot": "pages/here.html", "response": 1️⃣"pages/gone.html"}}"#
            ]))
        try Data(marked.text.utf8).write(to: folder.appendingPathComponent("trace.json"))
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("pages"), withIntermediateDirectories: true)
        try Data("<p>".utf8).write(to: folder.appendingPathComponent("pages/here.html"))
        var diagnostics = DiagnosticEngine()
        let path = folder.appendingPathComponent("trace.json").path
        #expect(try TraceFolder.load(path: path, diagnostics: &diagnostics) == nil)
        #expect(diagnostics.diagnostics.map(\.id) == ["trace.missing-snapshot"])
        let diagnostic = try #require(diagnostics.diagnostics.first)
        let at = SourceFile(path: path, text: marked.text).location(of: marked["1️⃣"])
        #expect(diagnostic.span?.description == "\(path):\(at.line):\(at.column)")
        #expect(diagnostic.text == "response file 'pages/gone.html' does not exist beside trace.json")
        #expect(diagnostic.help?.contains("copy the file into") == true)
    }

    @Test("a folder without trace.json, or no path at all, is missing input")
    func missingInput() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for path in [folder.path, folder.path + "/nope.json"] {
            var diagnostics = DiagnosticEngine()
            do {
                _ = try TraceFolder.load(path: path, diagnostics: &diagnostics)
                Issue.record("expected a failure for \(path)")
            } catch {
                guard case .missing(let diagnostic) = error else {
                    Issue.record("expected .missing, got \(error)")
                    continue
                }
                #expect(["trace.no-trace-file", "input.missing"].contains(diagnostic.id))
            }
        }
    }

    @Test("html(for:) refuses unsafe and missing paths with stable ids, and decodes invalid UTF-8 lossily")
    func htmlErrors() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var trace = TraceFixtures.rich
        trace.steps = []
        trace.outcome = TraceOutcome(status: .success)
        try TraceWriter.write(trace, snapshots: [:], to: folder)
        try Data([0x3C, 0x70, 0xFF, 0x3E]).write(to: folder.appendingPathComponent("bad.html"))
        var diagnostics = DiagnosticEngine()
        let loaded = try #require(try TraceFolder.load(path: folder.path, diagnostics: &diagnostics))
        #expect(try loaded.html(for: "bad.html") == "<p\u{FFFD}>")
        #expect(throws: TraceFolderError.self) { try loaded.html(for: "../trace.json") }
        let missing = #expect(throws: TraceFolderError.self) { try loaded.html(for: "pages/none.html") }
        #expect(missing?.message.id == "trace.missing-snapshot")
        let absolute = #expect(throws: TraceFolderError.self) { try loaded.html(for: "/etc/hostname") }
        #expect(absolute?.message.id == "trace.bad-path")
    }

    @Test("the writer refuses a snapshot path that would leave the folder, before writing anything")
    func writerRefusesUnsafePaths() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("out")
        #expect(throws: TraceFolderError.self) {
            try TraceWriter.write(TraceFixtures.rich, snapshots: ["../escape.html": "x"], to: target)
        }
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test("a path is safe only when relative and free of '..' parts")
    func safePaths() {
        for path in ["a.html", "pages/1.html", "pages/..x.html", "a/./b.html"] { #expect(TracePath.isSafe(path)) }
        for path in ["", "/a.html", "\\a.html", "C:/a.html", "..", "../a", "a/../../b", "a\\..\\b"] {
            #expect(!TracePath.isSafe(path), "\(path)")
        }
    }
}
