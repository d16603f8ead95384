import WTDiagnostics
import WTSyntax

/// Parsing shortcuts for the parser tests.
enum Parse {
    struct Result {
        var program: Program
        var diagnostics: [Diagnostic]
        var file: SourceFile

        /// `id@line:column` for each diagnostic, in order.
        var summary: [String] {
            diagnostics.map { d in "\(d.id)@\(d.span.map { "\($0.start.line):\($0.start.column)" } ?? "-")" }
        }

        var ids: [String] { diagnostics.map(\.id) }
    }

    static func file(_ text: String) -> Result {
        let file = SourceFile(path: "test.wt", text: text)
        var engine = DiagnosticEngine(limit: 10_000)
        let program = Parser.parse(file, diagnostics: &engine)
        return Result(program: program, diagnostics: engine.diagnostics, file: file)
    }

    /// Parses `snippet` after a `program "t"` line.
    static func body(_ snippet: String) -> Result {
        file("program \"t\"\n" + snippet + "\n")
    }

    /// The dump of every declaration and statement of `snippet`, one per line, plus diagnostic ids.
    static func dump(_ snippet: String, trivia: Bool = false) -> String {
        let result = body(snippet)
        let items =
            result.program.declarations.map { ASTDump.dump($0, trivia: trivia) }
            + result.program.statements.map { ASTDump.dump($0, trivia: trivia) }
        return (items + result.ids.map { "error: " + $0 }).joined(separator: "\n")
    }
}
