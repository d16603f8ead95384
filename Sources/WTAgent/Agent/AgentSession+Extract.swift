import WTDiagnostics
import WTEngine
import WTRuntime
import WTSema
import WTSyntax
import WTTrace

/// `extract` and `finish`: values come from the page through the interpreter, never from the model's own
/// words, so the program compiled from the trace can read them again.
extension AgentSession {
    /// How many records the tool's answer shows.
    static let shownRecords = 3

    /// Runs the extraction as a one-statement program on the current page (recorded in the trace like a
    /// program's `extract`), keeps its value, and answers with the count, the first records and the
    /// fields that came out empty.
    mutating func extract(_ request: ExtractRequest) async throws(ToolError) -> String {
        let program = request.program()
        let file = SourceFile(path: "agent-extract.wt", text: Printer.print(program))
        var diagnostics = DiagnosticEngine()
        guard let checked = Checker.check(program, file: file, diagnostics: &diagnostics) else {
            throw ToolError(diagnostics.sorted.map(\.message.text).joined(separator: "; "))
        }
        let before = setup.recorder.stepCount
        var options = RunOptions(parameters: [:])
        options.observer = setup.recorder
        options.maxForks = 0
        options.defaultTimeout = setup.actionTimeout
        let result: RunResult
        do {
            result = try await Interpreter.run(
                checked, file: file, driver: KeptOpenDriver(inner: setup.driver), options: options)
        } catch {
            throw ToolError(scrub(error.diagnostic.message.text))
        }
        let value = result.outputs.first?.value ?? .null
        if case .list(let rows) = value, rows.isEmpty, let container = request.container {
            setup.recorder.removeStep(at: before)
            throw ToolError(AgentMessages.noRows(container))
        }
        if let old = extractions.replaceable(request.into)?.step { setup.recorder.removeStep(at: old) }
        extractions.keep(ExtractionLog.Entry(request: request, value: value, step: setup.recorder.stepCount - 1))
        return scrub(Self.describe(value, request))
    }

    /// The tool's answer: how many, the first records as JSON, and the empty fields.
    static func describe(_ value: Value, _ request: ExtractRequest) -> String {
        if case .record = value, request.one {
            let empty = emptyFields([value], request)
            return "kept \(request.into) = \(value.json(pretty: false))"
                + (empty.isEmpty ? "" : "\n" + AgentMessages.emptyFields(empty, of: 1))
        }
        guard case .list(let rows) = value, request.container != nil else {
            return "kept \(request.into) = \(value.json(pretty: false))"
        }
        var text = "kept \(rows.count) records in \(request.into)\(request.append ? " (appended)" : "")"
        let shown = rows.prefix(shownRecords).map { $0.json(pretty: false) }
        text += "; the first \(shown.count):\n" + shown.joined(separator: "\n")
        let empty = emptyFields(rows, request)
        if !empty.isEmpty { text += "\n" + AgentMessages.emptyFields(empty, of: rows.count) }
        return text
    }

    /// Each field that came out empty in some records, with how many.
    private static func emptyFields(_ rows: [Value], _ request: ExtractRequest) -> [(String, Int)] {
        request.fields.compactMap { field -> (String, Int)? in
            let missing = rows.filter { row in
                let v = row[field: field.name] ?? .null
                return v == .null || v.text?.isEmpty == true || v == .list([])
            }.count
            return missing > 0 ? (field.name, missing) : nil
        }
    }

    /// `finish`: the result (the extracted outputs, or the model's `result` made of them) checked against
    /// the output schema; a mismatch goes back to the model with JSON paths.
    func finish(_ given: JSONValue?) throws(ToolError) -> ToolOutcome {
        guard !extractions.isEmpty else { throw ToolError(AgentMessages.nothingExtracted) }
        let kept = extractedResult
        var result = kept
        if let given {
            let known = Set(kept.objectKeys)
            let unknown = given.objectKeys.filter { !known.contains($0) }
            guard unknown.isEmpty else { throw ToolError(AgentMessages.unknownOutputs(unknown)) }
            result = given
        }
        let problems = setup.validate(result)
        guard problems.isEmpty else { throw ToolError(AgentMessages.resultMismatch(problems)) }
        return .finished(result)
    }

    /// The kept outputs as one JSON object.
    var extractedResult: JSONValue {
        .object(extractions.outputs.map { JSONValue.Member($0.name, TraceValues.json($0.value)) })
    }
}
