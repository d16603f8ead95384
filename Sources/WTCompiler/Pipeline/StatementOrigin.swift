import WTDiagnostics
import WTSyntax

/// Where one statement of a compiled program came from: its place in the program's text and the trace
/// steps it performs or stands for (what its `# step N` comment says). A divergence names the statements
/// of the step it happened at, and a repair that splices programs finds a step's statements by it.
public struct StatementOrigin: Sendable, Hashable {
    /// The statement's range in `CompiledProgram.source` (a block statement's includes its block).
    public var range: SourceRange
    /// Trace step indexes, ascending; empty for a check the compiler added.
    public var steps: [Int]

    /// An origin from its range and steps, as given.
    public init(range: SourceRange, steps: [Int]) {
        self.range = range
        self.steps = steps
    }

    /// Each statement of `program` (read back from the printed tree) with the steps of the lowered
    /// statement it was printed from, in source order: the two trees have the same shape.
    static func walk(_ statements: [Statement], _ lowered: [Lowered]) -> [StatementOrigin] {
        zip(statements, lowered).flatMap { statement, source in
            [StatementOrigin(range: statement.range, steps: Array(Set(source.steps)).sorted())]
                + walk(statement.kind.blockStatements, source.body)
        }
    }
}

extension Statement.Kind {
    /// The statements of the block this statement holds (the `then` block of an `if`); none otherwise.
    var blockStatements: [Statement] {
        switch self {
        case .within(_, let block), .forEach(_, _, _, let block), .repeatLoop(_, _, let block),
            .ifElse(_, let block, _):
            block.statements
        default: []
        }
    }
}

extension CompiledProgram {
    /// The statements compiled from trace step `step`, in source order.
    public func origins(ofStep step: Int) -> [StatementOrigin] {
        origins.filter { $0.steps.contains(step) }
    }

    /// Notes for a diagnostic about trace step `step`: where each statement compiled from it is in the
    /// program (a file named `path` holding `source`).
    public func notes(forStep step: Int, path: String) -> [Diagnostic.Note] {
        let file = SourceFile(path: path, text: source)
        return origins(ofStep: step).map { origin in
            Diagnostic.Note(CompilerMessages.compiledFrom(step), span: file.span(of: .at(origin.range.start)))
        }
    }
}
