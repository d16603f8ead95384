import WTTrace

/// The most a run of the agent may spend: the task's budget (`TaskBudget`); the first limit reached stops
/// it without saving anything.
public typealias AgentBudget = TaskBudget

extension TaskBudget {
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
