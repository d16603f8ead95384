import WTDiagnostics
import WTSyntax

/// The language front end as one call, for commands and later stages:
///
/// 1. `SourceLoader` — bytes → `SourceFile` (refuses missing, binary, oversized input)
/// 2. `Parser` — `SourceFile` → `Program` (syntax errors, recovered at statement boundaries)
/// 3. `Checker` — `Program` → `CheckedProgram` (names, types, bounds, selectors), only when 2 found no error
public enum FrontEnd {
    public struct Output: Sendable {
        public var file: SourceFile
        public var program: Program
        /// nil when parsing or checking found an error.
        public var checked: CheckedProgram?
    }

    /// Parses and checks a loaded file; diagnostics from both stages go into `diagnostics`.
    public static func check(_ file: SourceFile, diagnostics: inout DiagnosticEngine) -> Output {
        let program = Parser.parse(file, diagnostics: &diagnostics)
        guard !diagnostics.hasErrors else { return Output(file: file, program: program, checked: nil) }
        let checked = Checker.check(program, file: file, diagnostics: &diagnostics)
        return Output(file: file, program: program, checked: checked)
    }
}
