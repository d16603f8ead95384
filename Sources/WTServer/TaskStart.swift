import Foundation
import WTTrace

/// The model a task asks for; configuration maps each to a concrete model id.
public enum ModelChoice: String, Sendable, Hashable, CaseIterable {
    case haiku, sonnet, opus
}

/// (ext) Limits for one run; any limit reached ends it.
public struct APITaskBudget: Sendable, Hashable {
    public var maxAiUsd: Double?
    public var maxSteps: Int?
    public var maxSeconds: Double?

    public init(maxAiUsd: Double? = nil, maxSteps: Int? = nil, maxSeconds: Double? = nil) {
        self.maxAiUsd = maxAiUsd
        self.maxSteps = maxSteps
        self.maxSeconds = maxSeconds
    }
}

/// A validated start request: `task` is non-empty, `startUrl` (when given) is an absolute http(s) URL,
/// `parameters` and `outputSchema` are JSON objects.
public struct WebTaskStart: Sendable, Hashable {
    public var task: String
    public var startUrl: String?
    /// An object, or nil when the request had none.
    public var parameters: JSONValue?
    /// A JSON Schema object, or nil.
    public var outputSchema: JSONValue?
    public var reuseKey: String?
    public var model: ModelChoice?
    public var budget: APITaskBudget?
    /// Names of parameters whose values must never be stored, logged or sent to the model.
    public var secrets: [String]

    public init(
        task: String, startUrl: String? = nil, parameters: JSONValue? = nil, outputSchema: JSONValue? = nil,
        reuseKey: String? = nil, model: ModelChoice? = nil, budget: APITaskBudget? = nil, secrets: [String] = []
    ) {
        self.task = task
        self.startUrl = startUrl
        self.parameters = parameters
        self.outputSchema = outputSchema
        self.reuseKey = reuseKey
        self.model = model
        self.budget = budget
        self.secrets = secrets
    }
}
