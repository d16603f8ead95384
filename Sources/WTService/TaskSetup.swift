import WTAgent
import WTRuntime
import WTTrace

/// A task as the API and `wtc run` take it (`TaskInput`), turned into what the agent needs: the request
/// with typed parameters (secrets marked), and services priced by the model catalog and checking results
/// against the task's output schema.
public enum TaskSetup {
    /// The agent's request for `input`; the model alias resolved through `catalog`.
    public static func request(_ input: TaskInput, catalog: ModelCatalog) -> Agent.Request {
        let parameters = input.parameters.map { member in
            Agent.Request.Parameter(
                name: member.key, value: value(member.value, secret: input.secrets.contains(member.key)))
        }
        return Agent.Request(
            task: input.task, startURL: input.startURL ?? "", parameters: parameters, outputSchema: input.outputSchema,
            model: catalog.modelID(for: input.model), budget: input.budget)
    }

    /// Services for `input`: `client`, a new ledger priced by `catalog`, the schema check, `progress`.
    public static func services(
        _ input: TaskInput, client: any ModelClient, catalog: ModelCatalog,
        progress: @escaping @Sendable (String) -> Void = { _ in }
    ) -> Agent.Services {
        let validator = input.outputSchema.map { SchemaValidator(schema: $0) }
        return Agent.Services(
            client: client, ledger: UsageLedger(), cost: { catalog.cost(of: $0).aiUsd },
            validate: { value in validator?.validate(value).violations.map(\.description) ?? [] },
            progress: progress)
    }

    private static func value(_ json: JSONValue, secret: Bool) -> Value {
        switch json {
        case .string(let s): secret ? .secret(s) : .string(s)
        case .bool(let b): .bool(b)
        case .number(let d): d == d.rounded() && abs(d) < 9e15 ? .int(Int(d)) : .number(d)
        default: .string(json.jsonText)
        }
    }
}
