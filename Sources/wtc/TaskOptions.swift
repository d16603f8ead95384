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

    @Option(name: .long, help: "The most tool calls the agent may make (default 40).")
    var maxSteps: Int = 40

    @Option(name: .long, help: "The most AI dollars the run may spend (default 2).")
    var maxAiUsd: Double = 2

    @Option(name: .long, help: "The most seconds the agent may work (default 600).")
    var maxSeconds: Double = 600

    /// The parameters in the order given, secrets marked; a usage error names the bad one.
    func agentParameters() throws(ValidationError) -> [Agent.Request.Parameter] {
        var result: [Agent.Request.Parameter] = []
        for text in parameters {
            guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
                throw ValidationError("--param \(text): write it as name=value")
            }
            let name = String(text[..<equals])
            let value = String(text[text.index(after: equals)...])
            result.append(.init(name: name, value: secrets.contains(name) ? .secret(value) : .string(value)))
        }
        for name in secrets where !result.contains(where: { $0.name == name }) {
            throw ValidationError("--secret \(name): there is no --param \(name)=… to keep secret")
        }
        return result
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

    var budget: AgentBudget { AgentBudget(maxSteps: maxSteps, maxAiUsd: maxAiUsd, maxSeconds: maxSeconds) }
}
