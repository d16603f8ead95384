import Foundation
import Testing
import WTDiagnostics
import WTTestSupport
import WTTrace

/// Goldens written by hand (CONVENTIONS #6): `Golden/<case>/trace.json` with its snapshots compiles to
/// exactly `expected.wt` (and replays on its snapshots), or fails with exactly `expected.diagnostics`.
@Suite("Hand-written trace goldens")
struct GoldenFolderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")
    static let cases = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()

    @Test("the trace compiles to expected.wt or fails with expected.diagnostics", arguments: cases)
    func golden(_ name: String) async throws {
        let folder = Self.root.appendingPathComponent(name)
        var diagnostics = DiagnosticEngine()
        let loaded = try TraceFolder.load(path: folder.path, diagnostics: &diagnostics)
        let file = SourceFile(path: "Golden/\(name)/trace.json", text: loaded?.source.text ?? "")
        guard let loaded else {
            let text = try String(contentsOf: folder.appendingPathComponent("trace.json"), encoding: .utf8)
            let source = SourceFile(path: "Golden/\(name)/trace.json", text: text)
            let relative = diagnostics.sorted.map { d -> Diagnostic in
                var d = d
                d.span?.path = source.path
                return d
            }
            let rendered = DiagnosticRenderer(sources: [source]).render(relative)
            let problem = Golden.compare(rendered, to: folder.appendingPathComponent("expected.diagnostics"))
            #expect(problem == nil, "\(problem ?? "")")
            return
        }
        var snapshots: [String: String] = [:]
        for path in CompilerHarness.paths(loaded.trace) { snapshots[path] = try loaded.html(for: path) }
        let outcome = await CompilerHarness.compile(loaded.trace, file: file, snapshots: snapshots)
        if let source = outcome.source, outcome.verification == .reproduced {
            let problem = Golden.compare(source, to: folder.appendingPathComponent("expected.wt"))
            #expect(problem == nil, "\(problem ?? "")")
        } else {
            let problem = Golden.compare(outcome.diagnostics, to: folder.appendingPathComponent("expected.diagnostics"))
            #expect(problem == nil, "\(problem ?? "")")
        }
    }
}
