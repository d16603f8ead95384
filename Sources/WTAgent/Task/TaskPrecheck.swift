import Foundation
import WTRuntime
import WTTrace

/// The checks a task passes before anything starts (no browser, no model): the text is there and not
/// huge, the start URL is an http(s) address the navigation guard allows, parameters are named and
/// valued as the language can bind them, secrets name string parameters, the output schema is a schema
/// for an object, and the model and budget are usable. Every problem is reported, not only the first.
public struct TaskPrecheck: Sendable {
    /// The longest task text accepted, in characters: a task says what to do, which takes a paragraph;
    /// 8,000 characters (a few pages) leaves room for detailed instructions and stops pasted documents,
    /// which would cost tokens on every model call of the run.
    public static let maximumTaskLength = 8_000
    /// The model aliases the API documents.
    public static let standardModels: Set<String> = ["haiku", "sonnet", "opus"]

    /// The guard the start URL must pass (the same one the run's `open` and the agent's `navigate` use).
    public var navigationGuard: NavigationGuard
    /// The model names accepted; nil accepts any (a configuration that maps other names).
    public var models: Set<String>?

    public init(navigationGuard: NavigationGuard = .standard, models: Set<String>? = TaskPrecheck.standardModels) {
        self.navigationGuard = navigationGuard
        self.models = models
    }

    /// Every problem with `input`, in field order; empty when the task may start.
    public func check(_ input: TaskInput) -> [TaskProblem] {
        var problems: [TaskProblem] = []
        problems += checkTask(input.task)
        if let url = input.startURL { problems += checkStartURL(url) }
        problems += checkParameters(input.parameters)
        problems += checkSecrets(input.secrets, input.parameters)
        if let schema = input.outputSchema { problems += SchemaLint.problems(schema, at: JSONPath("outputSchema")) }
        if let models, !models.contains(input.model) {
            problems.append(TaskMessages.modelUnknown(input.model, known: models.sorted()))
        }
        problems += checkBudget(input.budget)
        return problems
    }

    func checkTask(_ task: String) -> [TaskProblem] {
        if task.allSatisfy({ $0.isWhitespace }) { return [TaskMessages.emptyTask()] }
        let length = task.count
        return length > Self.maximumTaskLength ? [TaskMessages.taskTooLong(length, limit: Self.maximumTaskLength)] : []
    }

    func checkStartURL(_ text: String) -> [TaskProblem] {
        let url = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased() else {
            return [TaskMessages.startURLMalformed(text)]
        }
        let web = scheme == "http" || scheme == "https"
        // Another scheme starts a task only when the guard's allow list names it.
        guard web || navigationGuard.allowList.contains(.scheme(scheme)) else {
            return [TaskMessages.startURLScheme(text, scheme: scheme)]
        }
        if web, (parsed.host ?? "").isEmpty { return [TaskMessages.startURLMalformed(text)] }
        guard let refusal = navigationGuard.refusal(for: url) else { return [] }
        return refusal.reason == .malformed
            ? [TaskMessages.startURLMalformed(text)] : [TaskMessages.startURLRefused(refusal)]
    }

    func checkParameters(_ parameters: [JSONValue.Member]) -> [TaskProblem] {
        var problems: [TaskProblem] = []
        var seen = Set<String>()
        for parameter in parameters {
            let field = JSONPath("parameters").key(parameter.key).description
            if !JSONPath.isIdentifier(parameter.key) {
                problems.append(TaskMessages.parameterName(field, parameter.key))
            }
            if !seen.insert(parameter.key).inserted {
                problems.append(TaskMessages.parameterDuplicate(field, parameter.key))
            }
            switch parameter.value {
            case .string, .number, .bool: break
            default: problems.append(TaskMessages.parameterValue(field, found: TaskMessages.kind(parameter.value)))
            }
        }
        return problems
    }

    func checkSecrets(_ secrets: [String], _ parameters: [JSONValue.Member]) -> [TaskProblem] {
        secrets.enumerated().compactMap { offset, name in
            let field = JSONPath("secrets").index(offset).description
            guard let value = parameters.first(where: { $0.key == name })?.value else {
                return TaskMessages.secretUnknown(field, name, known: parameters.map(\.key))
            }
            if case .string = value { return nil }
            return TaskMessages.secretNotString(field, name, found: TaskMessages.kind(value))
        }
    }

    func checkBudget(_ budget: TaskBudget) -> [TaskProblem] {
        var problems: [TaskProblem] = []
        if budget.maxSteps < 1 {
            problems.append(
                TaskMessages.budget("budget.maxSteps", "\(budget.maxSteps)", TaskMessages.Expected.steps))
        }
        if !(budget.maxAiUsd.isFinite && budget.maxAiUsd >= 0) {
            problems.append(TaskMessages.budget("budget.maxAiUsd", "\(budget.maxAiUsd)", TaskMessages.Expected.dollars))
        }
        if !(budget.maxSeconds.isFinite && budget.maxSeconds > 0) {
            problems.append(
                TaskMessages.budget("budget.maxSeconds", "\(budget.maxSeconds)", TaskMessages.Expected.seconds))
        }
        return problems
    }
}
