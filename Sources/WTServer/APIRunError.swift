/// The product's six error codes; its published client rejects any other, so finer reasons go in
/// `APIRunError.reason`.
public enum ErrorCode: String, Sendable, Hashable, CaseIterable {
    case rejected
    case timeout
    case internalError = "internal-error"
    case unauthenticated
    case workspaceRateLimited = "workspace-rate-limited"
    case noAiCreditsLeft = "no-ai-credits-left"
}

/// A failed run's `error`.
public struct APIRunError: Sendable, Hashable {
    public var code: ErrorCode
    public var message: String
    /// (ext) `details.reason`: `budget-exceeded`, `output-invalid`, `terms-of-service`, …
    public var reason: String?

    public init(code: ErrorCode, message: String, reason: String? = nil) {
        self.code = code
        self.message = message
        self.reason = reason
    }
}

/// (ext) Where a run's cost went.
public struct APIRunLedger: Sendable, Hashable {
    public var programUsed: Bool
    public var whyNotUsed: String?
    public var stepsAsCode: Int
    public var stepsByAgent: Int
    public var modelCalls: Int
    public var tokens: [TokenUsage]

    public init(
        programUsed: Bool, whyNotUsed: String? = nil, stepsAsCode: Int, stepsByAgent: Int, modelCalls: Int,
        tokens: [TokenUsage] = []
    ) {
        self.programUsed = programUsed
        self.whyNotUsed = whyNotUsed
        self.stepsAsCode = stepsAsCode
        self.stepsByAgent = stepsByAgent
        self.modelCalls = modelCalls
        self.tokens = tokens
    }
}

/// Tokens one model used in a run, by kind.
public struct TokenUsage: Sendable, Hashable {
    public var model: String
    public var input: Int
    public var output: Int
    public var cacheWrite: Int
    public var cacheRead: Int

    public init(model: String, input: Int, output: Int, cacheWrite: Int, cacheRead: Int) {
        self.model = model
        self.input = input
        self.output = output
        self.cacheWrite = cacheWrite
        self.cacheRead = cacheRead
    }
}
