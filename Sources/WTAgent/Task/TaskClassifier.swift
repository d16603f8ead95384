import Foundation
import WTTrace

/// One cheap model call that screens a task before any browser starts: `ok`, or rejected as
/// `terms-of-service`, `not-web-automation` or `incoherent`, with the model's one-line reason.
///
/// The model is forced to call the `classify` tool, and the reply is checked against the tool's schema.
/// A reply that does not fit is answered once with what was wrong; if the second does not fit either,
/// the task is **not** rejected: the classification comes back without a verdict and the ledger notes
/// that the classifier failed. A malformed answer says nothing about the task, so rejecting on it would
/// refuse legitimate work for a model's slip; the screen exists to stop obvious misuse early, and a task
/// it could not judge is still bounded by the agent's own rules, the navigation guard and the budget.
/// API failures (the client has already retried what was worth retrying) are thrown, so the caller
/// reports the service as unavailable rather than running a task nobody screened without saying so.
///
/// The task text is fenced as data and scrubbed of the task's secret values before it is sent.
public struct TaskClassifier: Sendable {
    public let client: any ModelClient
    /// The concrete id of the smallest model (the one `haiku` maps to).
    public let model: String
    /// Where every call's tokens are recorded, usable or not, and the failure noted.
    public let ledger: UsageLedger
    /// Enough for a verdict and a sentence.
    public let maxTokens: Int
    /// How many replies are read before giving up: the first and one correction.
    public static let attempts = 2
    /// Reasons longer than this are cut: a reason is one line for a user.
    public static let maximumReasonLength = 300

    public init(client: any ModelClient, model: String, ledger: UsageLedger, maxTokens: Int = 200) {
        self.client = client
        self.model = model
        self.ledger = ledger
        self.maxTokens = maxTokens
    }

    /// Screens `input`; throws only when the model API fails.
    public func classify(_ input: TaskInput) async throws(ModelError) -> TaskClassification {
        var request = request(for: input)
        var problem = ClassifierMessages.noToolCall
        for attempt in 1...Self.attempts {
            let response = try await client.send(request)
            ledger.record(response, from: client.backend)
            switch Self.read(response) {
            case .success(let classification): return classification
            case .failure(let failure):
                problem = failure.problem
                guard attempt < Self.attempts else { break }
                request.messages.append(response.message)
                request.messages.append(Self.correction(failure, to: response))
            }
        }
        let reason = ClassifierMessages.unusable(attempts: Self.attempts, problem)
        ledger.note(ClassifierMessages.ledgerNote(reason))
        return TaskClassification(verdict: nil, reason: reason)
    }

    /// The one request: system prompt, the fenced task, the `classify` tool forced.
    public func request(for input: TaskInput) -> ModelRequest {
        let scrubber = SecretScrubber(input)
        let secrets = Set(input.secrets)
        let parameters = input.parameters.map { member in
            let shown = secrets.contains(member.key) ? "{\(member.key)}" : scrubber.scrub(member.value).jsonText
            return ClassifierMessages.parameter(member.key, shown)
        }
        let text = ClassifierMessages.task(
            Self.fenced(scrubber.scrub(input.task)), startURL: input.startURL.map { scrubber.scrub($0) },
            parameters: parameters)
        return ModelRequest(
            model: model, maxTokens: maxTokens, system: ClassifierMessages.system, messages: [.user(text)],
            tools: [Self.tool], toolChoice: .tool(Self.tool.name))
    }

    /// The task with anything that would close or open the fence defused.
    static func fenced(_ task: String) -> String {
        task.replacingOccurrences(of: "</task", with: "<\\/task", options: .caseInsensitive)
            .replacingOccurrences(of: "<task", with: "<\\task", options: .caseInsensitive)
    }
}
