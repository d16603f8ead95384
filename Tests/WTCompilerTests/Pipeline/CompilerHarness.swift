import Foundation
import WTCompile
import WTCompiler
import WTDiagnostics
import WTEngine
import WTTestSupport
import WTTrace

/// Test plumbing around `TraceCompiler.compileAndVerify` (what `wtc compile` runs): loads a sample's
/// folder or takes a trace built in memory (the mutation tests), and renders the diagnostics.
enum CompilerHarness {
    struct Outcome {
        var program: CompiledProgram?
        /// Rendered diagnostics, paths as given.
        var diagnostics: String
        var verification: TraceReplay.Outcome?

        var source: String? { program?.source }
        var explanation: String { program?.explanation.joined(separator: "\n") ?? "" }
    }

    /// A sample's recorded trace, named by its path relative to the package (stable in goldens).
    static func sample(_ name: String) throws -> (trace: Trace, file: SourceFile, snapshots: [String: String]) {
        var diagnostics = DiagnosticEngine()
        let folder = try requireValue(
            try TraceFolder.load(
                path: Paths.samples.appendingPathComponent("\(name)/trace").path, diagnostics: &diagnostics),
            "samples/\(name)/trace does not load: \(diagnostics.sorted.map(\.text))")
        var snapshots: [String: String] = [:]
        for path in Self.paths(folder.trace) { snapshots[path] = try folder.html(for: path) }
        let file = SourceFile(path: "samples/\(name)/trace/trace.json", text: folder.source.text)
        return (folder.trace, file, snapshots)
    }

    /// `wtc compile`'s own path (`TraceCompiler.compileAndVerify`), with the diagnostics rendered.
    static func compile(_ trace: Trace, file: SourceFile? = nil, snapshots: [String: String]) async -> Outcome {
        let file = file ?? SourceFile(path: "trace.json", text: TraceWriter.json(trace))
        let load: @Sendable (String) -> String? = { snapshots[$0] }
        let result = await TraceCompiler.compileAndVerify(trace, file: file, snapshot: load)
        let sources = [file] + (result.programFile.map { [$0] } ?? [])
        let rendered = DiagnosticRenderer(sources: sources).render(result.allDiagnostics)
        return Outcome(program: result.program, diagnostics: rendered, verification: result.verification)
    }

    /// Every snapshot and response path the trace refers to.
    static func paths(_ trace: Trace) -> Set<String> {
        var out: Set<String> = []
        for step in trace.steps {
            for page in [step.before, step.after].compactMap({ $0 }) {
                if let s = page.snapshot { out.insert(s) }
                if let r = page.response { out.insert(r) }
            }
        }
        return out
    }
}

/// `#require` for helpers that are not tests: throws with the message when the value is nil.
func requireValue<T>(_ value: T?, _ message: @autoclosure () -> String) throws -> T {
    guard let value else { throw HarnessError(message: message()) }
    return value
}

struct HarnessError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
