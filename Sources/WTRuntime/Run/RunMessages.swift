import WTDiagnostics

/// Every message the interpreter emits (ids `run.*`). A step's message starts with the step as written,
/// with its values filled in (`click "li.next > a": …`); `help:` says what the page had or what to do.
enum RunMessages {
    /// The id of a step failure the program itself caused (`StepError.Kind.programError`).
    static let programErrorID = "run.program-error"

    static func stepFailed(_ kind: StepError.Kind, step: String, _ detail: String) -> DiagnosticMessage {
        .init(id(for: kind), .error, "\(step): \(detail)")
    }

    static func id(for kind: StepError.Kind) -> String {
        switch kind {
        case .notFound: "run.not-found"
        case .ambiguous: "run.ambiguous"
        case .timeout: "run.timeout"
        case .unavailable: "run.unavailable"
        case .badResponse: "run.bad-response"
        case .coercion: "run.coercion"
        case .unsupported: "run.unsupported-in-mode"
        case .programError: programErrorID
        case .other: "run.step-failed"
        }
    }

    static func needsBrowser(_ step: String, mode: String) -> DiagnosticMessage {
        .init(
            "run.unsupported-in-mode", .error,
            "'\(step)' needs a browser; this run is over plain HTTP (mode \(mode))")
    }
    static let needsBrowserHelp = "use mode browser or auto"

    static func waitTimedOut(_ condition: String, waited: String) -> DiagnosticMessage {
        .init("run.timeout", .error, "wait for \(condition): still false after \(waited)")
    }
    static func expectFailed(_ text: String) -> DiagnosticMessage {
        .init("run.expect-failed", .error, text)
    }
    static func nullValue(_ path: String, _ use: String) -> DiagnosticMessage {
        .init("run.null-value", .error, "'\(path)' is null, so it cannot be \(use)")
    }
    static func notAScalar(_ path: String) -> DiagnosticMessage {
        .init("run.coercion", .error, "'\(path)' is not text, so it cannot be put into a string")
    }
    static func coercion(_ detail: String) -> DiagnosticMessage {
        .init("run.coercion", .error, detail)
    }
    static func outputNeverAssigned(_ name: String) -> DiagnosticMessage {
        .init("run.output-invalid", .error, "output '\(name)' was never assigned")
    }
    static func outputInvalid(_ detail: String) -> DiagnosticMessage {
        .init("run.output-invalid", .error, "output \(detail)")
    }
    static func invalidParameters(_ detail: String) -> DiagnosticMessage {
        .init("run.invalid-parameters", .error, detail)
    }
    static func invalidURL(_ text: String, _ reason: String) -> DiagnosticMessage {
        .init("run.invalid-url", .error, "cannot open '\(text)': \(reason)")
    }
    static func noMatch(_ step: String, pattern: String, text: String) -> DiagnosticMessage {
        .init("run.no-match", .error, "\(step): the pattern \"\(pattern)\" does not match \"\(text)\"")
    }
    static let noMatchHelp = "declare the target optional ('T?') to get null when the text does not match"
    static func transformFailed(_ step: String, _ detail: String) -> DiagnosticMessage {
        .init("run.coercion", .error, "\(step): \(detail)")
    }
    static func waitValue(_ query: String, _ value: String) -> String { "\(query) was \(value)" }
    static let cancelled = DiagnosticMessage("run.cancelled", .error, "the run was cancelled")
    static func concurrencyCapped(asked: Int, limit: Int) -> DiagnosticMessage {
        .init(
            "run.concurrency-capped", .warning,
            "this loop asks for \(asked) pages at once; this run opens at most \(limit) pages at once in all")
    }
    static func concurrencyCappedHelp(asked: Int) -> String {
        "run with --max-pages \(asked) to allow it (each page is a browser tab or an HTTP session)"
    }
    static func internalError(_ detail: String) -> DiagnosticMessage {
        .init("run.internal", .error, "the interpreter cannot run this step: \(detail)")
    }
}
