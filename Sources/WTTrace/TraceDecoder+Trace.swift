import WTDiagnostics

/// The document, the root object and its small members: parameters, outputs and the outcome.
extension TraceDecoder {
    /// Parses the file and reads the trace; nil when the JSON is malformed or a required part is unusable.
    mutating func decodeDocument() -> Trace? {
        guard file.utf8.contains(where: { !Self.isWhitespace($0) }) else {
            report(TraceMessages.empty, at: .at(0), help: TraceMessages.emptyHelp)
            return nil
        }
        let root: JSONNode
        do {
            root = try PositionedJSON.parse(file)
        } catch {
            report(
                TraceMessages.syntax(error.message.text), at: error.range, help: error.help ?? TraceMessages.syntaxHelp)
            return nil
        }
        return decodeTrace(root)
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
            || byte == UInt8(ascii: "\t")
    }

    /// Reads the root object. A different `version` stops here: the rest follows rules this build does not know.
    mutating func decodeTrace(_ root: JSONNode) -> Trace? {
        if let node = root["version"], let found = Self.exactInt(node), found != Trace.currentVersion {
            report(TraceMessages.version(found), at: node.range, help: TraceMessages.versionHelp(found))
            return nil
        }
        guard let object = object(root, TraceFormat.trace, label: "a trace") else { return nil }
        let version = int(object, "version")
        let task = string(object, "task")
        let name = string(object, "name")
        let startURL = string(object, "startUrl")
        let mode = choice(object, "recordedMode", TraceFormat.recordedModes)
        let parameters = list(object, "parameters") { $0.decodeParameter($1, position: $2) }
        let outputs = list(object, "outputs") { $0.decodeOutput($1, position: $2) }
        let steps = list(object, "steps") { $0.decodeStep($1, position: $2) }
        let stepCount = object["steps"]?.arrayValue?.count
        let outcome = nested(object, "outcome") { $0.decodeOutcome($1, stepCount: stepCount) }
        let result = json(object, "result")
        guard let version, let task, let name, let startURL, let mode, let parameters, let outputs, let steps,
            let outcome, let result
        else { return nil }
        return Trace(
            version: version, task: task, name: name, startURL: startURL, recordedMode: mode,
            parameters: parameters, outputs: outputs, steps: steps, outcome: outcome, result: result)
    }

    /// A string member that must be one of `allowed`; anything else is reported with the allowed values.
    mutating func choice(_ object: TraceObject, _ key: String, _ allowed: [String]) -> String? {
        guard let value = string(object, key), let node = object[key] else { return nil }
        guard allowed.contains(value) else {
            let help =
                Suggestion.closest(to: value, among: allowed).map(TraceMessages.didYouMean)
                ?? TraceMessages.allowedValues(allowed)
            report(TraceMessages.invalidValue(key, value), at: node.range, help: help)
            return nil
        }
        return value
    }

    mutating func decodeParameter(_ node: JSONNode, position: Int) -> TraceParameter? {
        guard let object = object(node, TraceFormat.parameter, label: "'parameters' item \(position)") else {
            return nil
        }
        let name = string(object, "name")
        let type = string(object, "type")
        guard let name, let type else { return nil }
        return TraceParameter(
            name: name, type: type, value: json(object, "value"), defaultValue: json(object, "default"))
    }

    mutating func decodeOutput(_ node: JSONNode, position: Int) -> TraceOutput? {
        guard let object = object(node, TraceFormat.output, label: "'outputs' item \(position)") else { return nil }
        let name = string(object, "name")
        let type = string(object, "type")
        guard let name, let type else { return nil }
        return TraceOutput(name: name, type: type)
    }

    /// The outcome; `failedStep` must name one of the `stepCount` steps when the step list could be read.
    mutating func decodeOutcome(_ node: JSONNode, stepCount: Int?) -> TraceOutcome? {
        guard let object = object(node, TraceFormat.outcome, label: "'outcome'") else { return nil }
        let statuses = TraceOutcome.Status.allCases.map(\.rawValue)
        let status = choice(object, "status", statuses).flatMap(TraceOutcome.Status.init(rawValue:))
        let message = string(object, "message")
        let failedStep = int(object, "failedStep")
        if let failedStep, let stepCount, let node = object["failedStep"], failedStep < 1 || failedStep > stepCount {
            report(
                TraceMessages.failedStep(failedStep, count: stepCount), at: node.range,
                help: TraceMessages.failedStepHelp(stepCount))
        }
        guard let status else { return nil }
        return TraceOutcome(status: status, message: message, failedStep: failedStep)
    }
}
