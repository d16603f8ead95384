import WTTrace

/// Everything a task starts from, as the Web Tasks API's `start` body carries it (`task`, `startUrl`,
/// `parameters`, `outputSchema`, `model`, and our `budget` and `secrets`), before any check.
public struct TaskInput: Sendable, Hashable {
    /// What to do, in plain words.
    public var task: String
    /// Where the agent starts; nil when the task names no page (the agent must then navigate itself).
    public var startURL: String?
    /// Named inputs, in the order given; each reaches the model as `{name}`.
    public var parameters: [JSONValue.Member]
    /// Names of parameters whose values must never be stored, logged or sent to the model.
    public var secrets: [String]
    /// The JSON Schema (draft 2020-12 subset) the result must satisfy, if any.
    public var outputSchema: JSONValue?
    /// The automation this run belongs to; nil to mint a fresh key.
    public var reuseKey: String?
    /// A model alias (`haiku`, `sonnet`, `opus`), mapped to a concrete id by configuration.
    public var model: String
    public var budget: TaskBudget

    /// The alias used when the caller names none, as the API does.
    public static let defaultModel = "haiku"

    /// A task from its parts; everything but the task text is optional.
    public init(
        task: String, startURL: String? = nil, parameters: [JSONValue.Member] = [], secrets: [String] = [],
        outputSchema: JSONValue? = nil, reuseKey: String? = nil, model: String = TaskInput.defaultModel,
        budget: TaskBudget = TaskBudget()
    ) {
        self.task = task
        self.startURL = startURL
        self.parameters = parameters
        self.secrets = secrets
        self.outputSchema = outputSchema
        self.reuseKey = reuseKey
        self.model = model
        self.budget = budget
    }

    /// The value of the parameter `name`, if given.
    public func parameter(_ name: String) -> JSONValue? {
        parameters.first { $0.key == name }?.value
    }

    /// Secret name → value for every secret that names a string parameter: what `SecretScrubber` needs.
    public var secretValues: [(name: String, value: String)] {
        secrets.compactMap { name in
            guard case .string(let value) = parameter(name) else { return nil }
            return (name, value)
        }
    }
}

/// How much one run may spend before it stops; every limit has a default, so a task without a budget is
/// still bounded.
public struct TaskBudget: Sendable, Hashable {
    /// Agent steps (tool calls) at most.
    public var maxSteps: Int
    /// AI spend at most, in US dollars.
    public var maxAiUsd: Double
    /// Wall time at most, in seconds.
    public var maxSeconds: Double

    public static let defaultMaxSteps = 50
    public static let defaultMaxAiUsd = 2.0
    public static let defaultMaxSeconds = 600.0

    /// A budget; limits left nil take the defaults.
    public init(maxSteps: Int? = nil, maxAiUsd: Double? = nil, maxSeconds: Double? = nil) {
        self.maxSteps = maxSteps ?? Self.defaultMaxSteps
        self.maxAiUsd = maxAiUsd ?? Self.defaultMaxAiUsd
        self.maxSeconds = maxSeconds ?? Self.defaultMaxSeconds
    }
}
