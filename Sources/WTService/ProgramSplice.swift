import Foundation
import WTAgent
import WTDiagnostics
import WTEngine
import WTRuntime
import WTSema
import WTSyntax
import WTTrace

/// The saved program cut at its failing statement, held for a repair: the statements before the cut ran
/// again and left the page where the agent takes over; the statements from the cut on (the remaining steps)
/// may be retargeted by the model (`replace_selector`) and run again from the page the agent leaves
/// (`resume_program`). A repaired program is then the prefix, the agent's own steps compiled, and the
/// remaining steps as mended, in one syntax tree.
actor ProgramSplice: ProgramHooks {
    let cut: ProgramPrefix
    private var remaining: [Statement]
    private let driver: any PageDriver
    private let parameters: [String: Value]
    /// What the prefix read, by output.
    private let kept: [Agent.Resumption.KeptOutput]
    /// The prefix's variables, handed to the remaining steps when they resume.
    private let variables: [String: Value]

    init(
        _ cut: ProgramPrefix, driver: any PageDriver, parameters: [String: Value], kept: [Agent.Resumption.KeptOutput],
        variables: [String: Value]
    ) {
        self.cut = cut
        self.remaining = cut.remaining
        self.driver = driver
        self.parameters = parameters
        self.kept = kept
        self.variables = variables
    }

    /// The remaining steps as they stand now.
    var mended: [Statement] { remaining }

    func replaceSelector(_ old: String, with new: String) -> Int {
        var changed = 0
        remaining = LocatorRewrite.statements(remaining) { locator in
            var out = locator
            out.choices = locator.choices.map { choice in
                guard let replaced = Self.replacing(choice, old, new) else { return choice }
                changed += 1
                return replaced
            }
            return out
        }
        return changed
    }

    func remainingSteps() -> String {
        Printer.print(cut.program(with: remaining, keepingPrefix: false))
    }

    /// Runs the remaining steps from the current page and adds what they read to what the prefix read.
    func resume() async -> Result<JSONValue, ProgramHookFailure> {
        let program = cut.program(with: VariableLiterals.lets(variables) + remaining, keepingPrefix: false)
        let file = SourceFile(path: "program.wt", text: Printer.print(program))
        var diagnostics = DiagnosticEngine()
        guard let checked = Checker.check(program, file: file, diagnostics: &diagnostics) else {
            return .failure(ProgramHookFailure(ServiceMessages.cannotResume(Exploration.text(diagnostics.sorted))))
        }
        var options = RunOptions(
            parameters: parameters.filter { name, _ in checked.parameters.contains { $0.name == name } })
        options.maxForks = 0
        do {
            let result = try await Interpreter.run(
                checked, file: file, driver: KeptOpenDriver(inner: driver), options: options)
            return .success(merge(result.outputs, appending: Self.appended(in: remaining)))
        } catch {
            return .failure(ProgramHookFailure(DiagnosticRenderer(sources: [file]).render(error.diagnostic)))
        }
    }

    /// Outputs as the whole program would have them: what the prefix read, then what the remaining steps
    /// read — added to it for an output they append to, instead of it otherwise.
    private func merge(_ outputs: [Value.Field], appending: Set<String>) -> JSONValue {
        .object(
            outputs.map { field in
                let before = kept.first { $0.name == field.name }?.value
                let value: Value =
                    switch (before, field.value) {
                    case (.list(let a)?, .list(let b)) where appending.contains(field.name): .list(a + b)
                    case (let a?, .null): a
                    default: field.value
                    }
                return JSONValue.Member(field.name, TraceValues.json(value))
            })
    }

    /// The outputs the statements append to (`extract x += …`), at any depth.
    static func appended(in statements: [Statement]) -> Set<String> {
        var names: Set<String> = []
        func visit(_ statements: [Statement]) {
            for statement in statements {
                switch statement.kind {
                case .extract(let target, .append, _), .letBinding(let target, .append, _): names.insert(target.name)
                case .within(_, let b), .forEach(_, _, _, let b), .repeatLoop(_, _, let b): visit(b.statements)
                case .ifElse(_, let then, let otherwise):
                    visit(then.statements)
                    if case .block(let b)? = otherwise { visit(b.statements) }
                    if case .elseIf(let s)? = otherwise { visit([s]) }
                default: break
                }
            }
        }
        visit(statements)
        return names
    }

    /// `choice` reading `new` where it read exactly `old`; nil when it does not read `old`.
    private static func replacing(_ choice: LocatorChoice, _ old: String, _ new: String) -> LocatorChoice? {
        func swap(_ literal: StringLiteral) -> StringLiteral? {
            literal.parts == [.text(old)] ? StringLiteral(text: new, range: literal.range) : nil
        }
        var out = choice
        switch choice.kind {
        case .css(let s): guard let n = swap(s) else { return nil }; out.kind = .css(n)
        case .xpath(let s): guard let n = swap(s) else { return nil }; out.kind = .xpath(n)
        case .label(let s): guard let n = swap(s) else { return nil }; out.kind = .label(n)
        case .testid(let s): guard let n = swap(s) else { return nil }; out.kind = .testid(n)
        case .text(let s): guard let n = swap(s) else { return nil }; out.kind = .text(n)
        case .placeholder(let s): guard let n = swap(s) else { return nil }; out.kind = .placeholder(n)
        case .role(let role, let name?): guard let n = swap(name) else { return nil }; out.kind = .role(role, name: n)
        case .role: return nil
        }
        return out
    }
}
