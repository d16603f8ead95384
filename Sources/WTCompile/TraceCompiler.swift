import WTCompiler
import WTDiagnostics
import WTEngine
import WTTrace

/// Compile and verify, in one place: the compiler's pipeline, then the replay of its program on the
/// trace's own snapshots. `wtc compile` and the compiler's tests both call `compileAndVerify`, so the
/// goldens test the path users run, not a copy of it.
///
/// Its own target because the replay needs the interpreter and the engine's snapshot driver, and
/// `WTCompiler` stays free of the browser and libcurl.
public enum TraceCompiler {
    /// What a compile-and-verify produced.
    public struct Result: Sendable {
        /// The program kept: the first that reproduced the trace (the fallback lowered without guessing,
        /// its explanation saying why, when the guessing one diverged), else the first one compiled. Nil
        /// when the trace did not compile.
        public var program: CompiledProgram?
        /// The compile's diagnostics (errors when `program` is nil, else warnings).
        public var diagnostics: [Diagnostic]
        /// When no program reproduced the trace: the error at the step where the first one went another way,
        /// with a note at each statement compiled from that step.
        public var divergence: Diagnostic?
        /// How the replay went: `.reproduced` when a program reproduced the trace, else the first
        /// program's divergence; nil when nothing was replayed (no program, or verification was off).
        public var verification: TraceReplay.Outcome?

        /// A program that may be written out: compiled, and reproduced when it was verified.
        public var succeeded: Bool { program != nil && divergence == nil }

        /// The program as a source file (`programPath`), for rendering the divergence's notes with excerpts.
        public var programFile: SourceFile?

        /// Every diagnostic, in the order they arose: the compile's, then the divergence.
        public var allDiagnostics: [Diagnostic] { diagnostics + (divergence.map { [$0] } ?? []) }
    }

    /// Compiles `trace` and, unless `verify` is false, replays the program (and its fallback, when it
    /// guessed) on the snapshots until one reproduces the trace.
    /// - Parameters:
    ///   - file: `trace.json` as read, so diagnostics point into it.
    ///   - snapshot: the HTML of a snapshot or response by its path relative to the trace.
    ///   - programPath: the name the program's own positions are reported under during the replay.
    public static func compileAndVerify(
        _ trace: Trace, file: SourceFile, snapshot: @escaping @Sendable (String) -> String?,
        programPath: String = "compiled.wt", verify: Bool = true
    ) async -> Result {
        var diagnostics = DiagnosticEngine()
        let compiled = CompilerPipeline.compile(trace, file: file, snapshot: snapshot, diagnostics: &diagnostics)
        var result = Result(
            program: compiled, diagnostics: diagnostics.sorted, verification: nil,
            programFile: compiled.map { SourceFile(path: programPath, text: $0.source) })
        guard let compiled, verify else { return result }
        let programs = [compiled] + compiled.fallback
        let candidates = programs.map { p in
            TraceReplay.Candidate(
                program: p.checked, file: SourceFile(path: programPath, text: p.source), steps: p.replaySteps,
                parsed: p.documents)
        }
        let (index, outcome) = await TraceReplay.firstReproducing(candidates, trace: trace, snapshot: snapshot)
        guard let index else {
            result.verification = outcome
            if case .diverged(let step, let message) = outcome {
                var divergence = CompilerPipeline.divergence(step: step, message: message, file: file)
                // Where the step's statements are in the program, so the excerpt shows what went another way.
                divergence.notes += step.map { compiled.notes(forStep: $0, path: programPath) } ?? []
                result.divergence = divergence
            }
            return result
        }
        result.verification = .reproduced
        if index > 0, case .diverged(let step, let message) = outcome {
            result.program = programs[index].explainingFallback((step, message))
        }
        return result
    }
}
