import WTDiagnostics

/// Why a run stopped without a result, as a diagnostic positioned at the step that failed (or at the
/// declaration of the output or parameter concerned), rendered like any compiler diagnostic.
public struct RunFailure: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// A step could not be done: nothing matched, a timeout, a bad response, a step the mode cannot run.
        case stepFailed
        /// An `expect` did not hold.
        case expectationFailed
        /// An output does not fit its declared type at the end (never assigned, or a value of the wrong shape).
        case outputInvalid
        /// The network or the browser is not available (exit 69).
        case unavailable
        /// The parameter values do not fit the program's declarations.
        case invalidParameters
    }

    public var kind: Kind
    public var diagnostic: Diagnostic

    public init(kind: Kind, diagnostic: Diagnostic) {
        self.kind = kind
        self.diagnostic = diagnostic
    }

    /// The diagnostic's stable id, e.g. `run.not-found`.
    public var id: String { diagnostic.id }

    /// A step failed on the program's own error (`StepError.Kind.programError`), not on what the page held.
    public var isProgramError: Bool { id == RunMessages.programErrorID }

    public var description: String {
        (diagnostic.span.map { "\($0): " } ?? "") + "\(diagnostic.text) [\(diagnostic.id)]"
    }
}
