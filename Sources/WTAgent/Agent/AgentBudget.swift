import WTTrace

/// The most a run of the agent may spend; the first limit reached stops it without saving anything.
public struct AgentBudget: Sendable, Hashable {
    /// Tool calls (each a step of the agent).
    public var maxSteps: Int
    /// AI dollars, priced from the tokens used so far.
    public var maxAiUsd: Double
    /// Wall time, in seconds.
    public var maxSeconds: Double

    public init(maxSteps: Int = 40, maxAiUsd: Double = 2.0, maxSeconds: Double = 600) {
        self.maxSteps = maxSteps
        self.maxAiUsd = maxAiUsd
        self.maxSeconds = maxSeconds
    }

    /// Which limit a run reached.
    public enum Limit: String, Sendable, Hashable {
        case steps, aiUsd, seconds
    }
}

/// How an agent run ended.
public enum AgentEnd: Sendable {
    /// `finish` with a result that passed its checks.
    case finished(JSONValue)
    /// `give_up`, with the model's reason.
    case gaveUp(String)
    /// A budget limit was reached; the sentence says which and how far.
    case budgetExceeded(AgentBudget.Limit, String)
    /// The model could not be reached or answered unusably; its error is final.
    case modelFailed(ModelError)
    /// The start page could not be opened.
    case startFailed(String)
}
