import ArgumentParser
import WTDiagnostics
import WTSema

/// `wtc check FILE… [--output-schema s.json]`: parse and type-check programs without running them.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check .wt programs for syntax, name, type, loop-bound and selector errors.",
        discussion: """
            Prints nothing on stdout; diagnostics go to stderr. Exit 0 when every file is valid, 65 when one \
            is not, 66 when a file is missing.
            """
    )

    @Argument(help: "The .wt files to check.")
    var files: [String]

    @Option(name: .long, help: "A JSON Schema (draft 2020-12 subset) the program's outputs must satisfy.")
    var outputSchema: String?

    @OptionGroup var diagnosticOptions: DiagnosticOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one .wt file to check") }
        if outputSchema != nil, files.count > 1 {
            throw ValidationError("--output-schema applies to one program; give exactly one file")
        }
    }

    func run() throws {
        var exit = Exit.ok
        var all: [Diagnostic] = []
        var sources: [SourceFile] = []
        for path in files {
            let outcome = checkOne(path)
            all += outcome.diagnostics
            sources += outcome.sources
            exit = Exit.worse(exit, outcome.exit)
        }
        diagnosticOptions.report(all, sources: sources)
        if exit != Exit.ok { throw exit }
    }

    private func checkOne(_ path: String) -> (diagnostics: [Diagnostic], sources: [SourceFile], exit: ExitCode) {
        let file: SourceFile
        var diagnostics = DiagnosticEngine()
        switch SourceLoader.load(path: path) {
        case .failure(.missing(let d)): return ([d], [], Exit.missingInput)
        case .failure(.invalid(let d)): return ([d], [], Exit.invalidInput)
        case .success(let (loaded, problems)):
            file = loaded
            diagnostics.append(contentsOf: problems)
        }
        let output = FrontEnd.check(file, diagnostics: &diagnostics)
        var sources = [file]
        if let schemaPath = outputSchema, let checked = output.checked {
            switch SourceLoader.load(path: schemaPath, as: .schema) {
            case .failure(.missing(let d)): return (diagnostics.diagnostics + [d], sources, Exit.missingInput)
            case .failure(.invalid(let d)): return (diagnostics.diagnostics + [d], sources, Exit.invalidInput)
            case .success(let (schema, problems)):
                sources.append(schema)
                diagnostics.append(contentsOf: problems)
                let outputs = checked.outputs.map { OutputDeclaration(name: $0.name, type: $0.type, span: $0.span) }
                OutputSchemaCheck.check(outputs: outputs, schema: schema, diagnostics: &diagnostics)
            }
        }
        return (diagnostics.sorted, sources, diagnostics.hasErrors ? Exit.invalidInput : Exit.ok)
    }
}
