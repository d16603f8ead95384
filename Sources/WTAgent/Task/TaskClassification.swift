import WTTrace

/// What the classifier made of a task: a verdict and the model's one-line reason, or no verdict when
/// the classifier gave no usable answer (the task then goes on; see `TaskClassifier`).
public struct TaskClassification: Sendable, Hashable {
    /// The classifier's categories; all but `ok` reject the task. The raw values are the API's
    /// `error.details.reason` values.
    public enum Verdict: String, Sendable, Hashable, CaseIterable {
        case ok
        case termsOfService = "terms-of-service"
        case notWebAutomation = "not-web-automation"
        case incoherent
    }

    /// Nil when the classifier gave no usable verdict.
    public var verdict: Verdict?
    /// The model's one-line reason, or why there is no verdict.
    public var reason: String

    public init(verdict: Verdict?, reason: String) {
        self.verdict = verdict
        self.reason = reason
    }

    /// The rejection to return, when the verdict rejects the task.
    public var rejection: TaskRejection? {
        guard let verdict, verdict != .ok else { return nil }
        return TaskRejection(category: verdict, reason: reason)
    }
}

/// A task refused before any browser started, shaped as the API's error: `code: rejected`,
/// `details.reason` the category, and the model's reason in the message.
public struct TaskRejection: Error, Sendable, Hashable, CustomStringConvertible {
    /// `termsOfService`, `notWebAutomation` or `incoherent`.
    public var category: TaskClassification.Verdict
    /// The classifier's one-line reason.
    public var reason: String

    public init(category: TaskClassification.Verdict, reason: String) {
        self.category = category
        self.reason = reason
    }

    /// The API's error code for every rejection.
    public static let code = "rejected"

    /// `the task was rejected (not-web-automation): it asks for a poem, not for anything on a website`.
    public var description: String { ClassifierMessages.rejected(category.rawValue, reason) }

    /// `{"code": "rejected", "message": …, "details": {"reason": category, "explanation": reason}}`.
    public var errorJSON: JSONValue {
        .object([
            .init("code", .string(Self.code)), .init("message", .string(description)),
            .init(
                "details",
                .object([.init("reason", .string(category.rawValue)), .init("explanation", .string(reason))])),
        ])
    }
}
