import WTDiagnostics

/// Diagnostics of the compiler stages (stable ids `compile.*`).
enum CompilerMessages {
    static func cannotLower(_ text: String) -> DiagnosticMessage {
        DiagnosticMessage("compile.cannot-lower", .error, text)
    }

    static func invalidOutput(_ text: String) -> DiagnosticMessage {
        DiagnosticMessage("compile.invalid-output", .error, "the compiled program does not check: \(text)")
    }

    /// `invalidOutput`'s text when the printed program checks but parses to another tree than the one built.
    static let readsBackDifferently = "the printed program reads back as a different syntax tree"

    static func badDeclaration(_ text: String) -> DiagnosticMessage {
        DiagnosticMessage("compile.bad-declaration", .error, text)
    }
}

extension CompilerMessages {
    static func failedTrace(_ step: Int?) -> DiagnosticMessage {
        let at = step.map { " at step \($0)" } ?? ""
        return DiagnosticMessage("compile.failed-trace", .warning, "the recorded run failed\(at)")
    }

    /// A note at a statement of the compiled program.
    static func compiledFrom(_ step: Int) -> String {
        "this statement was compiled from step \(step)"
    }

    static func diverged(_ text: String) -> DiagnosticMessage {
        DiagnosticMessage("compile.replay-diverged", .error, "verification failed: \(text)")
    }
}
