import Foundation
import WTRuntime
import WTSema
import WTTrace

extension TraceRecorder {
    /// The finished trace of a run of `program` with `parameters`: its steps, its outcome and its result.
    public func trace(
        program: CheckedProgram, task: String, parameters: [String: Value], mode: String,
        result: Result<RunResult, RunFailure>
    ) -> Trace {
        let steps = self.steps
        let startURL = steps.first { $0.action == .open }?.value ?? ""
        let outcome: TraceOutcome
        let value: JSONValue
        switch result {
        case .success(let run):
            outcome = TraceOutcome(status: .success)
            value = .object(run.outputs.map { JSONValue.Member($0.name, TraceValues.json($0.value)) })
        case .failure(let failure):
            let failed = steps.lastIndex { $0.error != nil }.map { $0 + 1 }
            outcome = TraceOutcome(status: .failed, message: failure.diagnostic.message.text, failedStep: failed)
            value = .null
        }
        return Trace(
            task: task, name: program.name, startURL: startURL, recordedMode: mode,
            parameters: program.parameters.map { Self.parameter($0, parameters[$0.name]) },
            outputs: program.outputs.map { TraceOutput(name: $0.name, type: $0.type.description) },
            steps: steps, outcome: outcome, result: value)
    }

    /// Writes `trace.json` and the snapshot files into `directory`.
    /// Secrets are replaced by `<secret>` in every file, `trace.json` included (an error message or an
    /// element's `value` attribute could otherwise carry one).
    public func write(_ trace: Trace, to directory: URL) throws {
        try TraceWriter.write(trace, snapshots: pages.files, to: directory)
        let json = pages.redact(TraceWriter.json(trace))
        try json.write(to: directory.appendingPathComponent("trace.json"), atomically: true, encoding: .utf8)
    }

    private static func parameter(_ declared: CheckedProgram.Parameter, _ value: Value?) -> TraceParameter {
        let isSecret = declared.type.unwrapped == .secret
        return TraceParameter(
            name: declared.name, type: declared.type.description,
            value: isSecret ? nil : value.map(TraceValues.json),
            defaultValue: isSecret ? nil : Parameters.defaultValue(of: declared).map(TraceValues.json))
    }
}

extension TraceRecorder {
    /// The comment lines at the top of a program, joined: how a hand-written program states its task.
    public static func task(fromLeadingCommentOf source: String) -> String? {
        var lines: [String] = []
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("#") else { break }
            lines.append(trimmed.dropFirst().trimmingCharacters(in: .whitespaces))
        }
        let text = lines.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }
}
