import WTDiagnostics
import WTSyntax

/// Stage 2 of the front end: `Program → CheckedProgram` (names, types, loop bounds, selectors, reachability).
///
/// It reports every problem in one run (CONVENTIONS.md #4) and returns nil when any was an error.
public enum Checker {
    public static func check(_ program: Program, file: SourceFile, diagnostics: inout DiagnosticEngine)
        -> CheckedProgram?
    {
        var walker = CheckerWalker(file: file)
        let checked = walker.run(program)
        diagnostics.append(contentsOf: walker.diagnostics.diagnostics)
        return walker.diagnostics.hasErrors ? nil : checked
    }
}

/// The checker's state while it walks one program.
struct CheckerWalker {
    let file: SourceFile
    var diagnostics = DiagnosticEngine()
    var scopes = Scopes()
    /// Enclosing loops, innermost last: the names each `for each` iterates over, nil for `repeat`.
    var loops: [String?] = []
    /// Names assigned inside each enclosing `for each` body, to find loops that grow their own list.
    var assignedInLoop: [Set<String>] = []
    var usesBrowser = false

    init(file: SourceFile) {
        self.file = file
    }

    mutating func emit(
        _ message: DiagnosticMessage, _ range: SourceRange, help: String? = nil,
        notes: [Diagnostic.Note] = []
    ) {
        diagnostics.emit(message, at: range, in: file, help: help, notes: notes)
    }

    func note(_ text: String, _ range: SourceRange) -> Diagnostic.Note {
        Diagnostic.Note(text, span: file.span(of: range))
    }

    mutating func run(_ program: Program) -> CheckedProgram {
        let name = program.header.name.plainText ?? ""
        if name.trimmingCharacters(in: .whitespaces).isEmpty {
            emit(SemaMessages.emptyProgramName, program.header.name.range, help: "write program \"my-task\"")
        }
        let (parameters, outputs) = declare(program.declarations)
        _ = checkSequence(program.statements)
        for output in scopes.globals where output.kind == .output && !output.assigned {
            emit(
                SemaMessages.outputNeverAssigned(output.name), output.range,
                help: "assign it with 'extract \(output.name) = …' or remove it")
        }
        return CheckedProgram(
            program: program, name: name, mode: program.header.mode?.mode ?? .auto,
            parameters: parameters, outputs: outputs, usesBrowserOnlySteps: usesBrowser)
    }

    /// Declares parameters and outputs in order, checking duplicates and defaults.
    mutating func declare(_ declarations: [Declaration]) -> ([CheckedProgram.Parameter], [CheckedProgram.Output]) {
        var parameters: [CheckedProgram.Parameter] = []
        var outputs: [CheckedProgram.Output] = []
        for declaration in declarations {
            let name = declaration.name
            switch declaration.kind {
            case .param(_, let typeExpr, let defaultValue):
                let type = WTType(typeExpr)
                if let defaultValue { checkDefault(defaultValue, of: name.name, type: type) }
                if declareSymbol(Symbol(name: name.name, kind: .parameter, type: type, range: name.range)) {
                    parameters.append(
                        .init(
                            name: name.name, type: type, defaultValue: defaultValue,
                            span: file.span(of: declaration.range)))
                }
            case .output(_, let typeExpr):
                let type = WTType(typeExpr)
                if containsSecret(type) { emit(SemaMessages.secretOutput, typeExpr.range) }
                if declareSymbol(Symbol(name: name.name, kind: .output, type: type, range: name.range)) {
                    outputs.append(.init(name: name.name, type: type, span: file.span(of: declaration.range)))
                }
            }
        }
        return (parameters, outputs)
    }

    /// Declares a symbol, reporting a duplicate with a note at the first declaration. True when declared.
    mutating func declareSymbol(_ symbol: Symbol) -> Bool {
        guard let existing = scopes.declare(symbol) else { return true }
        emit(
            SemaMessages.duplicateName(symbol.name), symbol.range,
            notes: [note("'\(existing.name)' was first declared here", existing.range)])
        return false
    }

    func containsSecret(_ type: WTType) -> Bool {
        switch type {
        case .secret: true
        case .optional(let t), .list(let t): containsSecret(t)
        case .record(let fields): fields.contains { containsSecret($0.type) }
        default: false
        }
    }
}
