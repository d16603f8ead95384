import WTDiagnostics
import WTExtract
import WTSema
import WTSyntax
import WTTrace

/// Time spent per stage, for the benchmark: stages in the order they first ran.
public final class StageTimings: @unchecked Sendable {
    public private(set) var stages: [(name: String, duration: Duration)] = []

    public init() {}

    func add(_ name: String, _ duration: Duration) {
        if let i = stages.firstIndex(where: { $0.name == name }) {
            stages[i].duration += duration
        } else {
            stages.append((name, duration))
        }
    }
}

/// What `wtc compile` produces: the canonical program, why it looks the way it does, and which trace steps
/// a replay must reproduce in order.
public struct CompiledProgram: Sendable {
    /// Canonical `.wt` text (the printer's output).
    public var source: String
    public var checked: CheckedProgram
    /// One line per decision, for `--explain`.
    public var explanation: [String]
    /// The trace's steps as the program performs them, in order: dead ends left out, and steps the
    /// program does differently rewritten (a click on item k of a list becomes `open` of its link).
    public var replaySteps: [TraceStep]
    /// The snapshots the compile parsed, by path, for the replay to use instead of parsing them again.
    public var documents: [String: HTMLDocument] = [:]
    /// Each statement of `source`, in order, with the trace steps it came from.
    public var origins: [StatementOrigin] = []
    /// When lowering guessed a loop the replay must confirm: the program lowered without guessing, to use
    /// if the replay of this one diverges (at most one).
    public var fallback: [CompiledProgram] = []

    /// This program, its explanation saying why the guessing one was dropped (`diverged`: how its replay
    /// went), or unchanged when nothing was dropped.
    public func explainingFallback(_ diverged: (step: Int?, message: String)?) -> CompiledProgram {
        guard let (step, message) = diverged else { return self }
        var out = self
        out.explanation.append(
            "the guessed loop did not reproduce the trace (\(step.map { "step \($0): " } ?? "")\(message)): kept "
                + "the program that follows the trace")
        return out
    }
}

/// The compiler (CONVENTIONS #1), one stage after another:
///
/// 1. `TraceReader` — `trace.json` → `Trace` (done by the caller, with positions)
/// 2. `Retarget` — a click inside a link or button becomes that element's click
/// 3. `Header` — program head and mode (`LowerToHTTP`)
/// 4. `Cleanup` — drops failed attempts, detours, overwritten input, repeats, idle scrolls
/// 5. `Lowerer` — steps → syntax-tree statements (`Lowered`, each with its trace steps): locators,
///    parameters, loops, extraction plans, checks
/// 6. `RepeatedChecks` — a check that repeats the one before it goes
/// 7. `Printer` — the canonical text of the tree, with `# step N` provenance comments
/// 8. `FrontEnd` — that text must parse and check
///
/// Between 4 and 5, `ValueOrigins` finds where each typed, chosen or opened value came from (a parameter,
/// an earlier read or a part of one, the page, or nothing: a new parameter); the `Lowerer` writes it so.
///
/// Verification by replaying the result on the trace's snapshots needs the interpreter, so it is a
/// separate stage (`TraceReplay` in WTEngine) the caller runs on the result, and on
/// `CompiledProgram.fallback` when the replay refutes a guess.
public enum CompilerPipeline {
    /// - Parameters:
    ///   - file: `trace.json` as read, so diagnostics point into it.
    ///   - snapshot: the HTML of a snapshot by its path relative to the trace.
    ///   - speculate: whether lowering may guess what the replay must confirm (see `CompiledProgram.fallback`).
    public static func compile(
        _ trace: Trace, file: SourceFile, snapshot: @escaping (String) -> String?, diagnostics: inout DiagnosticEngine,
        timings: StageTimings? = nil, speculate: Bool = true
    ) -> CompiledProgram? {
        let clock = ContinuousClock()
        var mark = clock.now
        /// Ends `stage`; `parts` are named shares of it measured inside, reported as stages of their own.
        func lap(_ stage: String, parts: [(String, Duration)] = []) {
            let now = clock.now
            for (name, duration) in parts { timings?.add(name, duration) }
            timings?.add(stage, now - mark - parts.reduce(.zero) { $0 + $1.1 })
            mark = now
        }
        let positions = TracePositions(file)
        var explanation: [String] = []
        let store = SnapshotStore(load: snapshot)
        // Clicks inside a link or button are that element's, for every stage after this one.
        let trace = Retarget.run(trace, store: store, explain: &explanation)
        let header = Header(trace: trace, responses: snapshot)
        guard let (head, outputs) = header.head(diagnostics: &diagnostics, positions: positions, file: file) else {
            return nil
        }
        lap("trace positions and header")
        if trace.outcome.status == .failed {
            diagnostics.emit(
                CompilerMessages.failedTrace(trace.outcome.failedStep), at: positions.member("outcome"), in: file,
                help: "the program covers the steps before the failure; a repair continues from there")
        }
        let kept = Cleanup.run(trace.steps.filter { $0.index <= lastUsefulStep(trace) }, explain: &explanation)
        lap("cleanup")
        // The pages whose elements are located or read, and what extractions look for on them.
        let read = kept.filter { $0.target != nil || $0.action == .extract }.compactMap { step in
            step.before.map { ($0, step.extraction.map { ExamplePage.Warmth(for: $0.value) }) }
        }
        store.prepare(read, all: kept.compactMap(\.before))
        let origins = ValueOrigins.analyze(
            kept, parameters: trace.parameters, taken: ValueOrigins.taken(trace), shown: Lowerer.shows(store))
        let context = LoweringContext(
            trace: trace, store: store, outputs: outputs, browser: header.mode == "browser", speculate: speculate,
            kept: kept, origins: origins)
        var lowerer = Lowerer(context)
        var body = lowerer.lowerTrace(kept)
        body += lowerer.contracts(kept)
        body = RepeatedChecks.removing(from: body, explain: &lowerer.log.explain)
        lap("lowering (rest)", parts: [("snapshot reading", store.reading), ("snapshot parsing", store.parsing)])
        explanation = [header.modeReason] + explanation + lowerer.log.explain
        for problem in lowerer.log.problems {
            diagnostics.emit(
                CompilerMessages.cannotLower(problem.message), at: positions.step(problem.step), in: file,
                help: problem.help)
        }
        guard lowerer.log.problems.isEmpty else { return nil }
        var program = head
        Header.declare(lowerer.newParameters, in: &program)
        program.statements = body.map { $0.statement() }
        let replay = lowerer.replay.steps(kept)
        var result = finish(program, lowered: body, explanation, replay, file: file, diagnostics: &diagnostics)
        result?.documents = store.parsedSnapshots
        lap("check and print")
        if lowerer.log.speculated, result != nil {
            var quiet = DiagnosticEngine()
            let cautious = compile(trace, file: file, snapshot: snapshot, diagnostics: &quiet, speculate: false)
            result?.fallback = cautious.map { [$0] } ?? []
        }
        return result
    }

    /// A failed trace compiles the steps before the failure (the repair case keeps that prefix).
    static func lastUsefulStep(_ trace: Trace) -> Int {
        guard trace.outcome.status == .failed, let failed = trace.outcome.failedStep else { return Int.max }
        return failed - 1
    }

    /// Prints the lowered tree with the canonical printer, then reads that text back and checks it, so what
    /// the replay verifies is exactly what is written out (and the checked program's positions point into
    /// it). A program that does not check, or reads back as another tree, is the compiler's bug, reported
    /// with the checker's own words when it has some.
    private static func finish(
        _ program: Program, lowered: [Lowered], _ explanation: [String], _ replay: [TraceStep], file: SourceFile,
        diagnostics: inout DiagnosticEngine
    ) -> CompiledProgram? {
        var inner = DiagnosticEngine()
        let text = Printer.print(program)
        let written = SourceFile(path: "compiled.wt", text: text)
        let output = FrontEnd.check(written, diagnostics: &inner)
        // The tree read back must be the tree built; otherwise the replay would verify another program.
        let readsBack = ASTDump.dump(output.program) == ASTDump.dump(program)
        guard let checked = output.checked, !inner.hasErrors, readsBack else {
            let first = inner.sorted.first.map { d in
                "\(d.span.map { "\($0.start.line):\($0.start.column)" } ?? "?"): \(d.text)"
            }
            diagnostics.emit(
                CompilerMessages.invalidOutput(first ?? CompilerMessages.readsBackDifferently), at: .at(0), in: file,
                help: "this is a compiler bug; the program was:\n" + text)
            return nil
        }
        var compiled = CompiledProgram(source: text, checked: checked, explanation: explanation, replaySteps: replay)
        compiled.origins = StatementOrigin.walk(output.program.statements, lowered)
        return compiled
    }
}

extension CompilerPipeline {
    /// The diagnostic for a compiled program whose replay on the trace's snapshots went another way: at
    /// the step that diverged when there is one.
    public static func divergence(step: Int?, message: String, file: SourceFile) -> Diagnostic {
        let range = step.map { TracePositions(file).step($0) } ?? .at(0)
        return Diagnostic(
            CompilerMessages.diverged(message), span: file.span(of: range),
            help: "the compiled program does not reproduce the trace; run with --explain to see the choices made")
    }
}
