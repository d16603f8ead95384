import WTDiagnostics
import WTSema
import WTSyntax

/// Loops whose `concurrency K` literal asks for more pages at once than a run may open
/// (`RunOptions.maxForks`). The run would quietly give such a loop fewer pages, so `wtc exec` says so
/// before it starts, with the option that raises the limit.
public enum ConcurrencyCap {
    /// A warning per loop that asks for more than `maxPages`, in source order.
    public static func warnings(_ program: CheckedProgram, file: SourceFile, maxPages: Int) -> [Diagnostic] {
        var found: [(asked: Int, range: SourceRange)] = []
        collect(program.program.statements, into: &found)
        return found.filter { $0.asked > maxPages }.map { loop in
            Diagnostic(
                RunMessages.concurrencyCapped(asked: loop.asked, limit: maxPages), span: file.span(of: loop.range),
                help: RunMessages.concurrencyCappedHelp(asked: loop.asked))
        }
    }

    private static func collect(_ statements: [Statement], into found: inout [(asked: Int, range: SourceRange)]) {
        for statement in statements {
            switch statement.kind {
            case .forEach(_, _, let concurrency, let body):
                if let concurrency, let asked = literal(concurrency) { found.append((asked, concurrency.range)) }
                collect(body.statements, into: &found)
            case .within(_, let body), .repeatLoop(_, _, let body):
                collect(body.statements, into: &found)
            case .ifElse(_, let then, let otherwise):
                collect(then.statements, into: &found)
                switch otherwise {
                case .elseIf(let next): collect([next], into: &found)
                case .block(let block): collect(block.statements, into: &found)
                case nil: break
                }
            default:
                break
            }
        }
    }

    private static func literal(_ expr: Expr) -> Int? {
        switch expr.kind {
        case .int(let value): value
        case .paren(let inner): literal(inner)
        default: nil
        }
    }
}
