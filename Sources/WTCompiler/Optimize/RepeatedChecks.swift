import WTSyntax

/// Optimizer pass on the lowered tree: a check (`wait for C`, `expect C`) that repeats the statement just
/// before it is dropped. Checks change nothing, so the second one can only pass where the first did; it
/// arises when two lowerings each ask for the same thing (an action waits for what it made appear, and
/// the read that follows waits for the element it reads).
///
/// Only checks go: every other statement acts or assigns, and performing it twice is what the trace did.
enum RepeatedChecks {
    /// `statements` with each immediate repeat of a check removed, in every block; `explain` says which.
    static func removing(from statements: [Lowered], explain: inout [String]) -> [Lowered] {
        var out: [Lowered] = []
        for statement in statements {
            var current = statement
            current.body = removing(from: current.body, explain: &explain)
            if let previous = out.last, let check = Self.check(current), previous.kind == current.kind {
                out[out.count - 1].steps += current.steps
                explain.append("'\(check)' twice in a row: kept once")
                continue
            }
            out.append(current)
        }
        return out
    }

    /// The check as written, or nil when the statement is not a check.
    private static func check(_ statement: Lowered) -> String? {
        switch statement.kind {
        case .waitFor(let condition, _): "wait for " + Printer.print(condition)
        case .expect(let condition): "expect " + Printer.print(condition)
        default: nil
        }
    }
}
