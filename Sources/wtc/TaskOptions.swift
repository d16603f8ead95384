import ArgumentParser
import Foundation
import WTAgent
import WTDiagnostics
import WTRuntime
import WTTrace

/// The task as `wtc explore` and `wtc run` take it: the words, where to start, the parameters (some
/// secret), the output schema, the model and the budget.
struct TaskOptions: ParsableArguments {
    @Argument(help: "The task in plain words, e.g. \"collect every quote tagged {tag} with its author\".")
    var task: String

    @Option(name: .long, help: "The page the task starts on (http or https).")
    var startUrl: String

    @Option(name: .customLong("param"), help: "A parameter, as name=value (repeatable); the model sees {name}.")
    var parameters: [String] = []

    @Option(
        name: .customLong("secret"),
        help: "Marks the parameter NAME as secret (repeatable): the model sees only {NAME}, nothing stores its value.")
    var secrets: [String] = []

    @Option(name: .long, help: "A JSON Schema file the result must match.")
    var outputSchema: String?

    @Option(name: .long, help: "haiku (default), sonnet, opus, or a model id.")
    var model: String = "haiku"

    @Option(name: .long, help: "The most tool calls the agent may make (default 50).")
    var maxSteps: Int = TaskBudget.defaultMaxSteps

    @Option(name: .long, help: "The most AI dollars the run may spend (default 2).")
    var maxAiUsd: Double = 2

    @Option(name: .long, help: "The most seconds the agent may work (default 600).")
    var maxSeconds: Double = 600

    /// The task as the service takes it; a usage error names a malformed `--param` or schema file.
    func input() throws(ValidationError) -> TaskInput {
        var members: [JSONValue.Member] = []
        for text in parameters {
            guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
                throw ValidationError("--param \(text): write it as name=value")
            }
            members.append(.init(String(text[..<equals]), .string(String(text[text.index(after: equals)...]))))
        }
        return TaskInput(
            task: task, startURL: startUrl, parameters: members, secrets: secrets, outputSchema: try schema(),
            model: model, budget: TaskBudget(maxSteps: maxSteps, maxAiUsd: maxAiUsd, maxSeconds: maxSeconds))
    }

    /// The checks before anything starts; each problem printed with its field, exit 64 when any.
    func checked() throws -> TaskInput {
        let input = try input()
        let problems = TaskPrecheck().check(input)
        guard problems.isEmpty else {
            for problem in problems { Console.error("wtc: error: \(problem)\n") }
            throw Exit.usage
        }
        return input
    }

    /// The output schema, read and parsed; nil without `--output-schema`.
    func schema() throws(ValidationError) -> JSONValue? {
        guard let outputSchema else { return nil }
        guard let data = FileManager.default.contents(atPath: outputSchema) else {
            throw ValidationError("--output-schema \(outputSchema): no such file")
        }
        do {
            return JSONValue(try PositionedJSON.parse([UInt8](data)))
        } catch {
            throw ValidationError("--output-schema \(outputSchema): not JSON (\(error))")
        }
    }
}
