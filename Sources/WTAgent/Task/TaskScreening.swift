/// Stage 0 of a task, before any browser starts: the deterministic pre-checks, then, only when they pass,
/// the one classification call. A task with problems costs no model call; a rejected task carries the
/// API's error; everything else goes on (a classifier that gave no verdict included, see `TaskClassifier`).
public struct TaskScreening: Sendable {
    /// How the screening ended.
    public enum Outcome: Sendable, Hashable {
        /// The input is wrong: the API answers 400 with these, `wtc` exits 64.
        case invalid([TaskProblem])
        /// The classifier refused the task: `status: completed`, `outcome: failed`, `error.code: rejected`.
        case rejected(TaskRejection)
        /// The task may start; the classification says how sure that is (`verdict == nil`: not judged).
        case accepted(TaskClassification)
    }

    public var precheck: TaskPrecheck
    public var classifier: TaskClassifier

    public init(precheck: TaskPrecheck = TaskPrecheck(), classifier: TaskClassifier) {
        self.precheck = precheck
        self.classifier = classifier
    }

    /// Screens `input`; throws only when the model API fails (the service's `ai-unavailable`).
    public func screen(_ input: TaskInput) async throws(ModelError) -> Outcome {
        let problems = precheck.check(input)
        guard problems.isEmpty else { return .invalid(problems) }
        let classification = try await classifier.classify(input)
        if let rejection = classification.rejection { return .rejected(rejection) }
        return .accepted(classification)
    }
}
