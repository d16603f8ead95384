import WTDiagnostics
import WTSyntax

/// A program that passed the checker: the AST plus what the interpreter and the compiler need to know
/// without re-deriving it (stage 2 of the front end: `Program → CheckedProgram`).
public struct CheckedProgram: Sendable {
    public struct Parameter: Sendable, Hashable {
        public var name: String
        public var type: WTType
        /// nil when the parameter must be given on every run.
        public var defaultValue: Expr?
        public var span: SourceSpan
    }

    public struct Output: Sendable, Hashable {
        public var name: String
        public var type: WTType
        public var span: SourceSpan
    }

    public var program: Program
    public var name: String
    /// `auto` when the header names no mode.
    public var mode: Mode
    public var parameters: [Parameter]
    public var outputs: [Output]
    /// True when some step needs a real browser (typing, scrolling, waiting, downloads, frames). Issue 4's
    /// `mode auto` uses it; form-like clicks may still run over HTTP, which the interpreter decides.
    public var usesBrowserOnlySteps: Bool
}
