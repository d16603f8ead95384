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
    private let navigationGuard: NavigationGuard

    init(
        _ cut: ProgramPrefix, driver: any PageDriver, parameters: [String: Value], kept: [Agent.Resumption.KeptOutput],
        variables: [String: Value], guard navigationGuard: NavigationGuard
    ) {
        self.navigationGuard = navigationGuard
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

    /// Runs the remaining steps from the current page, its outputs starting from what the prefix read and
    /// the model read since, so their result is the whole program's. The program is printed and parsed again
    /// so a failure's line and column are those of the text it shows.
    func resume(reads: [String: Value]) async -> Result<JSONValue, ProgramHookFailure> {
        let program = cut.program(with: VariableLiterals.lets(variables) + remaining, keepingPrefix: false)
        let file = SourceFile(path: "program.wt", text: Printer.print(program))
        var diagnostics = DiagnosticEngine()
        guard let checked = FrontEnd.check(file, diagnostics: &diagnostics).checked else {
            return .failure(ProgramHookFailure(ServiceMessages.cannotResume(Exploration.text(diagnostics.sorted))))
        }
        var options = RunOptions(
            parameters: parameters.filter { name, _ in checked.parameters.contains { $0.name == name } })
        options.maxForks = 0
        options.navigationGuard = navigationGuard
        let prefix = Dictionary(kept.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 })
        options.initialOutputs = prefix.merging(reads) { $1 }
        do {
            let result = try await Interpreter.run(
                checked, file: file, driver: KeptOpenDriver(inner: driver), options: options)
            return .success(.object(result.outputs.map { JSONValue.Member($0.name, TraceValues.json($0.value)) }))
        } catch {
            return .failure(ProgramHookFailure(DiagnosticRenderer(sources: [file]).render(error.diagnostic)))
        }
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
