import Foundation
import WTAgent
import WTDiagnostics
import WTEngine
import WTRuntime
import WTSema
import WTSyntax
import WTTrace

/// A saved program that failed, mended from its failing step: the program's statements before that step
/// run again in Chromium (recorded, so their steps and selectors stay evidence), the agent does the rest
/// from the page they leave, and the combined trace is compiled and verified like an exploration's — the
/// whole program must replay from a clean start and return the agent's result before it is kept.
public enum Repair {
    public struct Request: Sendable {
        public var agent: Agent.Request
        /// The saved program's source.
        public var program: String
        /// How its replay failed.
        public var failure: Why
        public var engine: Engine.Options

        public init(agent: Agent.Request, program: String, failure: Why, engine: Engine.Options) {
            self.agent = agent
            self.program = program
            self.failure = failure
            self.engine = engine
        }
    }

    public static func repair(_ request: Request, services: Agent.Services) async -> Exploration.Outcome {
        let clock = ContinuousClock.now
        guard let cut = ProgramPrefix(request.program, failingLine: request.failure.line) else {
            return await Exploration.explore(
                Exploration.Request(agent: request.agent, engine: request.engine), services: services)
        }
        let parameters = Exploration.parameterValues(request.agent)
        let recorder = TraceRecorder(sourceName: "program.wt", parameters: parameters)
        var options = request.engine
        options.recorder = recorder
        let run: (report: Agent.Report, splice: ProgramSplice, prefixSteps: Int)
        do {
            run = try await Engine.withDriver(mode: .browser, options: options) { driver in
                let (kept, variables) = try await cut.runPrefix(
                    on: driver, parameters: parameters, recorder: recorder, guard: options.navigationGuard)
                let splice = ProgramSplice(
                    cut, driver: driver, parameters: parameters, kept: kept, variables: variables,
                    guard: options.navigationGuard)
                let prefixSteps = recorder.stepCount
                let resumption = Agent.Resumption(
                    program: request.program, failure: request.failure.description, kept: kept, hooks: splice)
                let report = await Agent.resume(
                    request.agent, from: resumption, driver: driver, recorder: recorder, services: services)
                return (report, splice, prefixSteps)
            }
        } catch {
            return Exploration.Outcome(
                end: .startFailed("\(error)"), result: nil, program: nil,
                whyNoProgram: ServiceMessages.prefixFailed("\(error)"), toolCalls: 0,
                computeSeconds: clock.secondsAgo)
        }
        var outcome: Exploration.Outcome
        if let resumed = run.report.resumedAtStep {
            outcome = await spliced(
                request, run.report, cut: cut, mended: await run.splice.mended,
                agentSteps: run.prefixSteps..<resumed, recorder: recorder)
        } else {
            recorder.dropEmptyExtractions()
            outcome = await Exploration.finish(
                request.agent, report: run.report, recorder: recorder, declared: cut.outputs, engine: request.engine)
        }
        outcome.computeSeconds = clock.secondsAgo
        return outcome
    }

    /// The repaired program when the model handed the page back: the prefix, the agent's steps compiled,
    /// the remaining steps as mended — kept only if it replays from a clean start to the same result.
    static func spliced(
        _ request: Request, _ report: Agent.Report, cut: ProgramPrefix, mended: [Statement],
        agentSteps: Range<Int>, recorder: TraceRecorder
    ) async -> Exploration.Outcome {
        var outcome = Exploration.Outcome(
            end: report.end, result: nil, program: nil, whyNoProgram: nil, toolCalls: report.toolCalls,
            computeSeconds: 0)
        guard case .finished(let result) = report.end else { return outcome }
        outcome.result = result
        let inserted: [Statement]
        switch await AgentSteps.statements(
            recorder: recorder, steps: agentSteps, agent: request.agent, declared: report.outputs)
        {
        case .failure(let why):
            outcome.whyNoProgram = why.description
            return outcome
        case .success(let statements): inserted = statements
        }
        let source = Printer.print(cut.program(with: mended, inserted: inserted))
        switch await ProgramReplay.run(
            source, parameters: Exploration.parameterValues(request.agent), options: request.engine)
        {
        case .failure(let why): outcome.whyNoProgram = ServiceMessages.replayFailed(why)
        case .success(let replayed) where !replayed.result.isSame(as: result):
            outcome.whyNoProgram = ServiceMessages.replayDiffers(replayed.result.jsonText, result.jsonText)
        case .success: outcome.program = source
        }
        return outcome
    }
}

/// A program cut before the top-level statement holding its failing line — or, when that statement is a
/// contract on the outputs (`expect count quotes >= 1`), before the first statement that reads one of the
/// outputs it names: a contract fails where the reading went wrong, not where it is checked.
struct ProgramPrefix: Sendable {
    let file: SourceFile
    let full: CheckedProgram
    let cutIndex: Int
    let prefix: CheckedProgram
    /// The program's outputs, as the trace declares them.
    let outputs: [TraceOutput]

    var remaining: [Statement] { Array(full.program.statements[cutIndex...]) }

    init?(_ source: String, failingLine: Int?) {
        let file = SourceFile(path: "program.wt", text: source)
        var diagnostics = DiagnosticEngine()
        guard let checked = FrontEnd.check(file, diagnostics: &diagnostics).checked else { return nil }
        let statements = checked.program.statements
        var cut =
            failingLine.flatMap { line in
                statements.firstIndex { file.location(of: $0.range.end).line >= line }
            } ?? statements.count
        if cut < statements.count, case .expect(let condition) = statements[cut].kind {
            let names = ProgramScan.outputsNamed(in: condition)
            cut = statements.firstIndex { ProgramScan.reads(names, $0) } ?? cut
        }
        var program = checked.program
        program.statements = Array(statements[..<cut])
        // Outputs the remaining steps would assign are still empty when the prefix ends: not a failure here.
        program.declarations = program.declarations.map { declaration in
            guard case .output(let name, var type) = declaration.kind else { return declaration }
            type.optional = true
            var out = declaration
            out.kind = .output(name: name, type: type)
            return out
        }
        var prefixDiagnostics = DiagnosticEngine()
        guard let prefix = Checker.check(program, file: file, diagnostics: &prefixDiagnostics) else { return nil }
        self.file = file
        self.full = checked
        self.cutIndex = cut
        self.prefix = prefix
        self.outputs = checked.outputs.map { TraceOutput(name: $0.name, type: $0.type.description) }
    }

    /// The program with `remaining` after the prefix (or alone), and `inserted` between them.
    func program(with remaining: [Statement], inserted: [Statement] = [], keepingPrefix: Bool = true) -> Program {
        var program = full.program
        program.statements = (keepingPrefix ? Array(full.program.statements[..<cutIndex]) : []) + inserted + remaining
        return program
    }

    /// Runs the prefix on `driver` (left open): the outputs it read, with their types, and its variables.
    func runPrefix(
        on driver: any PageDriver, parameters: [String: Value], recorder: TraceRecorder,
        guard navigationGuard: NavigationGuard
    ) async throws -> (kept: [Agent.Resumption.KeptOutput], variables: [String: Value]) {
        var options = RunOptions(
            parameters: parameters.filter { name, _ in prefix.parameters.contains { $0.name == name } })
        options.navigationGuard = navigationGuard
        options.observer = recorder
        options.maxForks = 0
        let result = try await Interpreter.run(
            prefix, file: file, driver: KeptOpenDriver(inner: driver), options: options)
        let kept = zip(result.outputs, full.outputs).compactMap { field, declared in
            field.value == .null || field.value == .list([])
                ? nil
                : Agent.Resumption.KeptOutput(name: field.name, value: field.value, type: declared.type.description)
        }
        return (kept, result.variables)
    }
}
