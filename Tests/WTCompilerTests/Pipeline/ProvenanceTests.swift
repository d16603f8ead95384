import Foundation
import Testing
import WTCompiler
import WTDiagnostics
import WTTrace

/// Every statement of a compiled program knows the trace steps it came from (`CompiledProgram.origins`),
/// the same steps its `# step N` comment shows.
@Suite("Statement provenance")
struct ProvenanceTests {
    /// The hand-written `repeated-wait` golden, compiled and verified.
    static func compiled() async throws -> CompiledProgram {
        let folder = GoldenFolderTests.root.appendingPathComponent("repeated-wait")
        var diagnostics = DiagnosticEngine()
        let loaded = try #require(try TraceFolder.load(path: folder.path, diagnostics: &diagnostics))
        var snapshots: [String: String] = [:]
        for path in CompilerHarness.paths(loaded.trace) { snapshots[path] = try loaded.html(for: path) }
        let outcome = await CompilerHarness.compile(loaded.trace, file: loaded.source, snapshots: snapshots)
        #expect(outcome.verification == .reproduced, "\(outcome.diagnostics)")
        return try #require(outcome.program, "\(outcome.diagnostics)")
    }

    @Test("each statement's origin is its line and the steps of its comment; added checks have none")
    func origins() async throws {
        let program = try await Self.compiled()
        let file = SourceFile(path: "compiled.wt", text: program.source)
        let described = program.origins.map { origin in
            let line = file.lineText(file.span(of: origin.range).start.line)
            return "\(origin.steps) \(line)"
        }
        #expect(
            described == [
                #"[1] open "http://127.0.0.1:8000/word/"  # step 1"#,
                ##"[2] click "#reveal" | role button exact "Reveal" | "#quiz > button"  # step 2"##,
                ##"[] wait for exists "#word""##,
                ##"[3] extract word = text "#word"  # step 3"##,
            ])
    }

    @Test("a note for a step points at the line compiled from it")
    func notes() async throws {
        let program = try await Self.compiled()
        let notes = program.notes(forStep: 3, path: "word.wt")
        #expect(notes.map(\.text) == ["this statement was compiled from step 3"])
        #expect(notes.first?.span?.description == "word.wt:11:1")
        #expect(program.notes(forStep: 9, path: "word.wt").isEmpty)
    }

    @Test("a replay that diverges at a step notes the statement compiled from it, with its line")
    func divergenceNote() async throws {
        var sample = try CompilerHarness.sample("quotes")
        let i = try #require(sample.trace.parameters.firstIndex { $0.name == "base_url" })
        // A value the run cannot take as a url: the replay stops before the first step.
        sample.trace.parameters[i].value = .bool(true)
        let outcome = await CompilerHarness.compile(sample.trace, snapshots: sample.snapshots)
        guard case .diverged(let step?, _)? = outcome.verification else {
            Issue.record("expected a divergence at a step: \(outcome.diagnostics)")
            return
        }
        let program = try #require(outcome.program)
        let line = try #require(program.origins(ofStep: step).first).range
        let at = SourceFile(path: "compiled.wt", text: program.source).span(of: line).start.line
        #expect(
            outcome.diagnostics.contains("compiled.wt:\(at):1: note: this statement was compiled from step \(step)"))
        #expect(outcome.diagnostics.contains(" \(at) | open "), "\(outcome.diagnostics)")
    }
}
