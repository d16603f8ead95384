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
        guard let split = ProgramPrefix(request.program, failingLine: request.failure.line) else {
            return await Exploration.explore(
                Exploration.Request(agent: request.agent, engine: request.engine), services: services)
        }
        let recorder = TraceRecorder(sourceName: "program.wt", parameters: Exploration.parameterValues(request.agent))
        var options = request.engine
        options.recorder = recorder
        let report: Agent.Report
        do {
            report = try await Engine.withDriver(mode: .browser, options: options) { driver in
                let kept = try await split.runPrefix(
                    on: driver, parameters: Exploration.parameterValues(request.agent), recorder: recorder)
                let resumption = Agent.Resumption(
                    program: request.program, failure: request.failure.description, kept: kept)
                return await Agent.resume(
                    request.agent, from: resumption, driver: driver, recorder: recorder, services: services)
            }
        } catch {
            return Exploration.Outcome(
                end: .startFailed("\(error)"), result: nil, program: nil,
                whyNoProgram: ServiceMessages.prefixFailed("\(error)"),
                toolCalls: 0, computeSeconds: LocalRun.seconds(since: clock))
        }
        recorder.dropEmptyExtractions()
        var outcome = await Exploration.finish(
            request.agent, report: report, recorder: recorder, declared: split.outputs, engine: request.engine)
        outcome.computeSeconds = LocalRun.seconds(since: clock)
        return outcome
    }
}

/// A program cut before the top-level statement holding its failing line.
struct ProgramPrefix {
    let file: SourceFile
    let prefix: CheckedProgram
    /// The program's outputs, as the trace declares them.
    let outputs: [TraceOutput]

    init?(_ source: String, failingLine: Int?) {
        let file = SourceFile(path: "program.wt", text: source)
        var diagnostics = DiagnosticEngine()
        guard let checked = FrontEnd.check(file, diagnostics: &diagnostics).checked else { return nil }
        let statements = checked.program.statements
        let cut =
            failingLine.flatMap { line in
                statements.firstIndex { file.location(of: $0.range.end).line >= line }
            } ?? statements.count
        var program = checked.program
        program.statements = Array(statements[..<cut])
        var prefixDiagnostics = DiagnosticEngine()
        guard let prefix = Checker.check(program, file: file, diagnostics: &prefixDiagnostics) else { return nil }
        self.file = file
        self.prefix = prefix
        self.outputs = checked.outputs.map { TraceOutput(name: $0.name, type: $0.type.description) }
    }

    /// Runs the prefix on `driver` (left open) and returns the outputs it read, with their types.
    func runPrefix(on driver: any PageDriver, parameters: [String: Value], recorder: TraceRecorder) async throws
        -> [Agent.Resumption.KeptOutput]
    {
        var options = RunOptions(
            parameters: parameters.filter { name, _ in prefix.parameters.contains { $0.name == name } })
        options.observer = recorder
        options.maxForks = 0
        let result = try await Interpreter.run(
            prefix, file: file, driver: KeptOpenDriver(inner: driver), options: options)
        return zip(result.outputs, prefix.outputs).compactMap { field, declared in
            field.value == .null || field.value == .list([])
                ? nil
                : Agent.Resumption.KeptOutput(name: field.name, value: field.value, type: declared.type.description)
        }
    }
}
