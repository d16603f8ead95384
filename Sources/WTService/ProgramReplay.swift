import Foundation
import WTDiagnostics
import WTEngine
import WTRuntime
import WTSema
import WTTrace

/// A program run from a clean start — a new browser, or plain HTTP first for `mode auto` — with no
/// recorder and no agent: how every later run of a saved program goes, and how a new one is verified.
public enum ProgramReplay {
    /// A replay that returned.
    public struct Replayed: Sendable, Hashable {
        public var result: JSONValue
        /// Steps the program ran (the ledger's "steps run as code").
        public var steps: Int
    }

    /// The program's result as JSON, or why it failed (the located diagnostic's text).
    public static func run(_ source: String, parameters: [String: Value], options: Engine.Options) async
        -> Result<Replayed, Why>
    {
        let file = SourceFile(path: "program.wt", text: source)
        var diagnostics = DiagnosticEngine()
        guard let checked = FrontEnd.check(file, diagnostics: &diagnostics).checked else {
            return .failure(Why(Exploration.text(diagnostics.sorted)))
        }
        var options = options
        options.recorder = nil
        let given = checked.parameters.reduce(into: [String: Value]()) { given, declared in
            if let value = parameters[declared.name] { given[declared.name] = value }
        }
        // With a report, this run is the story it tells: its steps one by one, from the start.
        let report = options.report
        report?.restart()
        var mode = Engine.resolveMode(checked, requested: nil)
        do {
            let (result, ran) = try await Engine.run(
                checked, requested: nil, options: options,
                onFallback: { _ in
                    report?.restart()
                    mode = .browser
                }
            ) { driver in
                var runOptions = RunOptions(parameters: given, observer: report)
                runOptions.navigationGuard = options.navigationGuard
                if let timeout = options.stepTimeout { runOptions.defaultTimeout = timeout }
                if report != nil { runOptions.maxForks = 0 }
                return try await Interpreter.run(checked, file: file, driver: driver, options: runOptions)
            }
            report?.ranProgram(file, mode: ran.rawValue, parameters: given, ending: .succeeded(result))
            let json = JSONValue.object(result.outputs.map { JSONValue.Member($0.name, TraceValues.json($0.value)) })
            return .success(Replayed(result: json, steps: result.stepsRun))
        } catch let failure as RunFailure {
            report?.ranProgram(file, mode: mode.rawValue, parameters: given, ending: .failed(failure.diagnostic))
            return .failure(
                Why(
                    DiagnosticRenderer(sources: [file]).render(failure.diagnostic),
                    line: failure.diagnostic.span?.start.line))
        } catch {
            return .failure(Why("\(error)"))
        }
    }
}
