import Foundation
import WTTrace

extension TaskClassifier {
    /// `classify(verdict, reason)`.
    static let tool = ModelTool(
        name: "classify", description: ClassifierMessages.toolDescription,
        inputSchema: .object([
            .init("type", .string("object")),
            .init(
                "properties",
                .object([
                    .init(
                        "verdict",
                        .object([
                            .init("type", .string("string")),
                            .init("enum", .array(TaskClassification.Verdict.allCases.map { .string($0.rawValue) })),
                            .init("description", .string(ClassifierMessages.verdictDescription)),
                        ])),
                    .init(
                        "reason",
                        .object([
                            .init("type", .string("string")),
                            .init("description", .string(ClassifierMessages.reasonDescription)),
                        ])),
                ])),
            .init("required", .array([.string("verdict"), .string("reason")])),
            .init("additionalProperties", .bool(false)),
        ]))

    /// Why a reply was not usable.
    struct Unusable: Error {
        var problem: String
    }

    /// The classification in `response`, or why there is none.
    static func read(_ response: ModelResponse) -> Result<TaskClassification, Unusable> {
        guard let use = response.toolUses.first(where: { $0.name == tool.name }) else {
            return .failure(Unusable(problem: ClassifierMessages.noToolCall))
        }
        let validation = SchemaValidator(schema: tool.inputSchema, maximumProblems: 3).validate(use.input)
        guard validation.isValid, case .string(let raw) = use.input["verdict"],
            let verdict = TaskClassification.Verdict(rawValue: raw), case .string(let text) = use.input["reason"]
        else {
            return .failure(Unusable(problem: validation.report.replacing("\n", with: "; ")))
        }
        let line = text.split(whereSeparator: \.isNewline).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard !line.isEmpty else {
            return .failure(Unusable(problem: ClassifierMessages.emptyReason))
        }
        let reason = line.count > maximumReasonLength ? String(line.prefix(maximumReasonLength)) + "…" : line
        return .success(TaskClassification(verdict: verdict, reason: reason))
    }

    /// The user message that tells the model what was wrong: a tool result for every tool use of the reply
    /// (the API wants one after each), else plain text.
    static func correction(_ failure: Unusable, to response: ModelResponse) -> ModelMessage {
        let text = ClassifierMessages.retry(failure.problem)
        let uses = response.toolUses
        guard !uses.isEmpty else { return .user(text) }
        return ModelMessage(
            role: .user, content: uses.map { .toolResult(toolUseID: $0.id, content: text, isError: true) })
    }
}
