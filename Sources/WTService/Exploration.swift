import Foundation
import WTAgent
import WTCompile
import WTDiagnostics
import WTEngine
import WTRuntime
import WTSema
import WTSyntax
import WTTrace

/// A first run for a task: the agent explores in Chromium while its actions are recorded, the trace is
/// compiled and verified on its own snapshots, and the program is replayed from a clean start (over HTTP
/// first when it is `mode auto`) — kept only when that replay returns exactly the agent's result.
///
/// 1. agent: `Agent.run` on a recording browser driver
/// 2. trace: written to `traceDirectory` (a temporary folder when none is asked for)
/// 3. compile and verify: `TraceCompiler.compileAndVerify`
/// 4. clean replay: `ProgramReplay.run`, compared with the agent's result
public enum Exploration {
    public struct Request: Sendable {
        public var agent: Agent.Request
        /// How the browser is launched and where run files go.
        public var engine: Engine.Options
        /// Where the trace is kept; a temporary folder (removed afterwards) when nil.
        public var traceDirectory: URL?

        public init(agent: Agent.Request, engine: Engine.Options, traceDirectory: URL? = nil) {
            self.agent = agent
            self.engine = engine
            self.traceDirectory = traceDirectory
        }
    }

    /// What an exploration produced.
    public struct Outcome: Sendable {
        public var end: AgentEnd
        /// The agent's result, when it finished.
        public var result: JSONValue?
        /// The verified program's source; nil when none was verified (`whyNoProgram` says why).
        public var program: String?
        public var whyNoProgram: String?
        public var toolCalls: Int
        /// Seconds with the browser working (the agent's run and the clean replay).
        public var computeSeconds: Double
    }

    public static func explore(_ request: Request, services: Agent.Services) async -> Outcome {
        let clock = ContinuousClock.now
        let recorder = TraceRecorder(sourceName: "agent", parameters: parameterValues(request.agent))
        var options = request.engine
        options.recorder = recorder
        let report: Agent.Report
        do {
            report = try await Engine.withDriver(mode: .browser, options: options) { driver in
                await Agent.run(request.agent, driver: driver, recorder: recorder, services: services)
            }
        } catch {
            return Outcome(
                end: .startFailed("\(error)"), result: nil, program: nil, whyNoProgram: "\(error)", toolCalls: 0,
                computeSeconds: clock.secondsAgo)
        }
        var outcome = await finish(
            request.agent, report: report, recorder: recorder, declared: [], engine: request.engine,
            traceDirectory: request.traceDirectory)
        outcome.computeSeconds = clock.secondsAgo
        return outcome
    }

    /// Steps 2–4 for an agent's report: the trace (outputs `declared` by a repaired program first, then the
    /// agent's), compiled, verified, and replayed from a clean start against the agent's result.
    static func finish(
        _ agent: Agent.Request, report: Agent.Report, recorder: TraceRecorder, declared: [TraceOutput],
        engine: Engine.Options, traceDirectory: URL? = nil
    ) async -> Outcome {
        var outcome = Outcome(
            end: report.end, result: nil, program: nil, whyNoProgram: ServiceMessages.agentDidNotFinish,
            toolCalls: report.toolCalls, computeSeconds: 0)
        guard case .finished(let result) = report.end else { return outcome }
        outcome.result = result
        outcome.whyNoProgram = nil
        let names = Set(declared.map(\.name))
        let trace = recorder.agentTrace(
            task: agent.task, name: "task", startURL: agent.startURL, parameters: traceParameters(agent),
            outputs: declared + report.outputs.filter { !names.contains($0.name) },
            outcome: TraceOutcome(status: .success), result: report.extracted)
        switch await compileProgram(trace, recorder: recorder, into: traceDirectory) {
        case .failure(let why): outcome.whyNoProgram = why.description
        case .success(let compiled):
            let program = compiled.source
            engine.report?.compilerSaid(compiled.explanation)
            switch await ProgramReplay.run(program, parameters: replayParameters(agent), options: engine) {
            case .failure(let why): outcome.whyNoProgram = ServiceMessages.replayFailed(why)
            case .success(let replayed) where !replayed.result.isSame(as: result):
                outcome.whyNoProgram = ServiceMessages.replayDiffers(replayed.result.jsonText, result.jsonText)
            case .success: outcome.program = program
            }
        }
        return outcome
    }

    /// Writes the trace, compiles it and verifies the program on the trace's snapshots: its source, syntax
    /// tree and the compiler's reasons.
    static func compileProgram(_ trace: Trace, recorder: TraceRecorder, into directory: URL?) async
        -> Result<(source: String, program: Program, explanation: [String]), Why>
    {
        let folder = directory ?? FileManager.default.temporaryDirectory.appendingPathComponent("wtc-trace-\(UUID())")
        defer { if directory == nil { try? FileManager.default.removeItem(at: folder) } }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try recorder.write(trace, to: folder)
        } catch {
            return .failure(Why(ServiceMessages.traceNotWritten("\(error)")))
        }
        var diagnostics = DiagnosticEngine()
        let loaded: TraceFolder?
        do {
            loaded = try TraceFolder.load(path: folder.path, diagnostics: &diagnostics)
        } catch {
            return .failure(Why(ServiceMessages.traceNotRead("\(error)")))
        }
        guard let loaded else {
            return .failure(Why(ServiceMessages.traceNotRead(Self.text(diagnostics.sorted))))
        }
        let result = await TraceCompiler.compileAndVerify(
            loaded.trace, file: loaded.source, snapshot: { path in try? loaded.html(for: path) })
        guard result.succeeded, let program = result.program else {
            return .failure(Why(ServiceMessages.notCompiled(Self.text(result.allDiagnostics))))
        }
        return .success((program.source, program.checked.program, program.explanation))
    }

    static func text(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.filter { $0.severity == .error }.prefix(3).map(\.message.text).joined(separator: "; ")
    }

}

/// A reason, as an error so it can travel in a `Result`; a program's failure also says at which line.
public struct Why: Error, Sendable, CustomStringConvertible {
    public let description: String
    /// The program line that failed, when a step did.
    public var line: Int?

    public init(_ description: String, line: Int? = nil) {
        self.description = description
        self.line = line
    }
}
