import Foundation
import WTAgent
import WTEngine
import WTSyntax
import WTTrace

/// The steps an agent took inside a repair, compiled on their own into the statements the repaired program
/// gets between its prefix and its remaining steps: a trace of just those actions (after a stand-in `open`
/// of the page they started on, which the compiler needs and the splice drops), through the same
/// compile-and-verify as any trace.
enum AgentSteps {
    /// - Parameter declared: the agent's outputs with their types (`Agent.Report.outputs`): an extraction it
    ///   made among the steps is compiled too, into the output it read.
    static func statements(
        recorder: TraceRecorder, steps range: Range<Int>, agent: Agent.Request, declared: [TraceOutput]
    ) async -> Result<[Statement], Why> {
        let all = recorder.agentTrace(
            task: agent.task, name: "repair", startURL: agent.startURL,
            parameters: Exploration.traceParameters(agent), outputs: [], outcome: TraceOutcome(status: .success),
            result: .object([]))
        let actions = all.steps[range].filter { $0.error == nil }
        let read = actions.compactMap(\.extraction)
        guard let first = actions.first else { return .success([]) }
        var trace = all
        let start = TraceStep(index: 1, action: .open, value: first.before?.url, after: first.before)
        trace.steps = ([start] + actions).enumerated().map { i, step in
            var step = step
            step.index = i + 1
            return step
        }
        trace.startURL = first.before?.url ?? agent.startURL
        let names = Set(read.map(\.into))
        trace.outputs = declared.filter { names.contains($0.name) }
        trace.result = .object(
            trace.outputs.map { output in
                JSONValue.Member(output.name, Self.value(of: output.name, in: read))
            })
        switch await Exploration.compileProgram(trace, recorder: recorder, into: nil) {
        case .failure(let why): return .failure(why)
        case .success(let compiled):
            var statements = compiled.program.statements
            if case .open? = statements.first?.kind { statements.removeFirst() }
            return .success(statements.filter { !isOutputContract($0) })
        }
    }

    /// An output's value after `extractions`: the last assignment, with appends after it added.
    private static func value(of name: String, in extractions: [TraceExtraction]) -> JSONValue {
        var value = JSONValue.null
        for extraction in extractions where extraction.into == name {
            if extraction.append, case .array(let old) = value, case .array(let new) = extraction.value {
                value = .array(old + new)
            } else {
                value = extraction.value
            }
        }
        return value
    }

    /// `expect count x >= 1`, `expect all x have …`: the compiler's contracts on outputs, which belong to the
    /// whole program (the original keeps its own), not to the steps spliced into it.
    private static func isOutputContract(_ statement: Statement) -> Bool {
        guard case .expect(let condition) = statement.kind else { return false }
        return !ProgramScan.outputsNamed(in: condition).isEmpty
    }
}
