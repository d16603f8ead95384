import WTDiagnostics

/// The messages of the trace reader, the trace folder and the trace writer. Ids are stable: tools and
/// tests branch on them, never on the text.
enum TraceMessages {
    // MARK: The document

    static func syntax(_ text: String) -> DiagnosticMessage { .init("trace.json-syntax", .error, text) }
    static let empty = DiagnosticMessage("trace.empty", .error, "the trace file is empty")
    static func version(_ found: Int) -> DiagnosticMessage {
        .init(
            "trace.version", .error,
            "this trace is format version \(found), but this build of wtc reads version \(Trace.currentVersion) only")
    }

    // MARK: Members and values

    static func missingMember(_ key: String, in noun: String) -> DiagnosticMessage {
        .init("trace.missing-member", .error, "\(noun) needs member '\(key)'")
    }
    static func actionNeeds(_ action: TraceAction, _ keys: [String]) -> DiagnosticMessage {
        let list = keys.map { "'\($0)'" }.joined(separator: " or ")
        return .init("trace.missing-member", .error, "a step with action '\(action.rawValue)' needs \(list)")
    }
    static func wrongType(_ what: String, _ expected: String, found: String) -> DiagnosticMessage {
        .init("trace.wrong-type", .error, "\(what) must be \(expected), found \(found)")
    }
    static func unknownMember(_ key: String, in noun: String) -> DiagnosticMessage {
        .init("trace.unknown-member", .error, "unknown member '\(key)' in \(noun)")
    }
    static func duplicateMember(_ key: String) -> DiagnosticMessage {
        .init("trace.duplicate-member", .error, "member '\(key)' appears more than once")
    }
    static func unknownAction(_ name: String) -> DiagnosticMessage {
        .init("trace.unknown-action", .error, "unknown action '\(name)'")
    }
    static func invalidValue(_ key: String, _ found: String) -> DiagnosticMessage {
        .init("trace.invalid-value", .error, "'\(found)' is not a valid '\(key)'")
    }
    static func stepIndex(_ found: Int, expected: Int) -> DiagnosticMessage {
        .init(
            "trace.step-index", .error,
            "step index \(found) should be \(expected): steps are numbered 1, 2, 3, … in order")
    }
    static func failedStep(_ found: Int, count: Int) -> DiagnosticMessage {
        .init(
            "trace.failed-step", .error,
            "'failedStep' \(found) is out of range: the trace has \(count) step\(count == 1 ? "" : "s")")
    }
    static func badPath(_ key: String, _ path: String) -> DiagnosticMessage {
        .init(
            "trace.bad-path", .error,
            "\(key) path '\(path)' must be relative to the trace folder and stay inside it")
    }

    // MARK: The folder

    static func missingFile(_ key: String, _ path: String) -> DiagnosticMessage {
        .init("trace.missing-snapshot", .error, "\(key) file '\(path)' does not exist beside trace.json")
    }
    static func noTraceFile(_ directory: String) -> DiagnosticMessage {
        .init("trace.no-trace-file", .error, "\(directory) has no trace.json")
    }
    static func tooLarge(_ path: String, _ size: Int) -> DiagnosticMessage {
        .init(
            "trace.snapshot-too-large", .error,
            "\(path) is \(size / 1_048_576) MiB; snapshots are limited to \(TraceFolder.maximumHTMLBytes / 1_048_576) MiB"
        )
    }
    static func unreadable(_ path: String) -> DiagnosticMessage {
        .init("trace.unreadable-snapshot", .error, "cannot read \(path)")
    }

    // MARK: Help

    static let syntaxHelp = "a trace is one JSON object; grammar/trace.schema.json describes its members"
    static let emptyHelp = "record the run again, or write a trace as grammar/trace.schema.json describes"
    static func versionHelp(_ found: Int) -> String {
        found > Trace.currentVersion
            ? "use a wtc that reads format version \(found), or record the trace again with this build"
            : "record the trace again with this build of wtc, which writes version \(Trace.currentVersion)"
    }
    static func didYouMean(_ name: String) -> String { "did you mean '\(name)'?" }
    static func knownMembers(_ keys: [String]) -> String { "known members: " + keys.joined(separator: ", ") }
    static func knownActions(suggestion: String?) -> String {
        let list = "actions are " + TraceAction.allCases.map(\.rawValue).joined(separator: ", ")
        return suggestion.map { didYouMean($0) + " " + list } ?? list
    }
    static func allowedValues(_ values: [String]) -> String {
        "use " + values.map { "'\($0)'" }.joined(separator: " or ")
    }
    static let stepIndexHelp = "number the steps 1, 2, 3, … in the order they appear"
    static func failedStepHelp(_ count: Int) -> String {
        count == 0 ? "remove 'failedStep': the trace has no steps" : "use a step index from 1 to \(count)"
    }
    static let badPathHelp =
        "write the path relative to trace.json, e.g. pages/0003-before.html (no leading '/', no '..')"
    static func missingFileHelp(_ key: String, _ directory: String) -> String {
        "copy the file into \(directory), or remove '\(key)' from the page if the recording has no such file"
    }
    static let firstHere = "first here"
    static let noTraceFileHelp = "pass a trace folder holding trace.json, or the path of a trace file"
}
