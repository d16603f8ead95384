import WTDiagnostics
import WTSyntax

/// `expect`: a postcondition or an output contract. A failure says what was expected and what was found:
/// `expected count quotes >= 1, but count quotes is 0`.
extension Executor {
    mutating func expect(_ condition: Expr) async throws(Interrupt) -> String {
        let summary = "expect \(Printer.print(condition))"
        if try await holds(condition) { return summary }
        let explanation = await explain(condition)
        if snapshot == nil { snapshot = try? await driver.snapshot() }
        throw failure(
            RunMessages.expectFailed(explanation), kind: .expectationFailed,
            help: snapshot.map { "the page had: \($0.summary())" },
            notes: snapshot.map { [Diagnostic.Note("on \($0.url)", span: nil)] } ?? [])
    }

    /// Why `condition` is false, in terms of the values it looked at.
    private mutating func explain(_ condition: Expr) async -> String {
        let expected = "expected \(Printer.print(condition))"
        var inner = condition
        while case .paren(let wrapped) = inner.kind { inner = wrapped }
        switch inner.kind {
        case .binary(let op, let left, let right) where op.precedence == 3:
            guard let a = try? await evaluate(left), let b = try? await evaluate(right) else { break }
            var text = "\(expected), but \(Printer.print(left)) is \(StepText.brief(a))"
            if !isLiteral(right) { text += " and \(Printer.print(right)) is \(StepText.brief(b))" }
            return text
        case .allHave(let list, let fields):
            guard let (index, field) = try? firstIncomplete(list, fields) else { break }
            let name = list.map(\.name).joined(separator: ".")
            return "\(expected), but record \(index) of \(name) has no '\(field)'"
        default:
            break
        }
        return "\(expected), but it does not hold"
    }

    private func isLiteral(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .int, .number, .bool: true
        case .string(let literal): literal.plainText != nil
        case .negate(let inner), .paren(let inner): isLiteral(inner)
        default: false
        }
    }
}
