import WTTrace

extension TaskInput {
    /// Reads the API's `start` body (`task`, `startUrl`, `parameters`, `outputSchema`, `reuseKey`,
    /// `model`, and our `budget` and `secrets`). Fields of the wrong JSON type are problems naming the
    /// field, all of them at once; unknown fields are ignored, as a client may send more than we read.
    /// The values themselves are checked afterwards by `TaskPrecheck`.
    public static func decode(_ body: JSONValue) -> Result<TaskInput, TaskInputErrors> {
        guard case .object = body else { return .failure(TaskInputErrors([TaskMessages.bodyNotObject(body)])) }
        var reader = BodyReader(body: body)
        let task = reader.string("task", required: true) ?? ""
        let startURL = reader.string("startUrl")
        let parameters = reader.object("parameters") ?? []
        let secrets = reader.strings("secrets") ?? []
        let reuseKey = reader.string("reuseKey")
        let model = reader.string("model") ?? defaultModel
        let budget = reader.budget()
        guard reader.problems.isEmpty else { return .failure(TaskInputErrors(reader.problems)) }
        return .success(
            TaskInput(
                task: task, startURL: startURL, parameters: parameters, secrets: secrets,
                outputSchema: body["outputSchema"].flatMap { $0 == .null ? nil : $0 }, reuseKey: reuseKey,
                model: model, budget: budget))
    }

    /// The input as the API echoes it (a pending task's `input`), secret values shown as `••••`.
    public var json: JSONValue {
        let secret = Set(secrets)
        var members: [JSONValue.Member] = [.init("task", .string(task))]
        if let startURL { members.append(.init("startUrl", .string(startURL))) }
        let shown = parameters.map { member in
            JSONValue.Member(member.key, secret.contains(member.key) ? .string(SecretScrubber.mask) : member.value)
        }
        members.append(.init("parameters", .object(shown)))
        if !secrets.isEmpty { members.append(.init("secrets", .array(secrets.map(JSONValue.string)))) }
        if let outputSchema { members.append(.init("outputSchema", outputSchema)) }
        if let reuseKey { members.append(.init("reuseKey", .string(reuseKey))) }
        members.append(.init("model", .string(model)))
        members.append(
            .init(
                "budget",
                .object([
                    .init("maxAiUsd", .number(budget.maxAiUsd)), .init("maxSteps", .number(Double(budget.maxSteps))),
                    .init("maxSeconds", .number(budget.maxSeconds)),
                ])))
        // Secrets can also sit in the task text or the start URL; the echo must not carry them.
        return SecretScrubber(self).scrub(.object(members), style: .mask)
    }
}

/// The problems of a `start` body that could not be read as a task.
public struct TaskInputErrors: Error, Sendable, Hashable {
    public var problems: [TaskProblem]
    public init(_ problems: [TaskProblem]) { self.problems = problems }
}

/// Reads typed fields of a body, noting a problem for each one of the wrong type.
private struct BodyReader {
    let body: JSONValue
    var problems: [TaskProblem] = []

    mutating func string(_ key: String, required: Bool = false) -> String? {
        switch body[key] {
        case .string(let text): return text
        case nil, .null?:
            if required { problems.append(TaskMessages.bodyFieldMissing(key)) }
            return nil
        case let value?:
            problems.append(TaskMessages.bodyField(key, expected: TaskMessages.Expected.string, found: value))
            return nil
        }
    }

    mutating func object(_ key: String) -> [JSONValue.Member]? {
        switch body[key] {
        case .object(let members): return members
        case nil, .null?: return nil
        case let value?:
            problems.append(TaskMessages.bodyField(key, expected: TaskMessages.Expected.object, found: value))
            return nil
        }
    }

    mutating func strings(_ key: String) -> [String]? {
        switch body[key] {
        case .array(let items):
            var names: [String] = []
            for (offset, item) in items.enumerated() {
                guard case .string(let name) = item else {
                    let field = JSONPath(key).index(offset).description
                    problems.append(TaskMessages.bodyField(field, expected: TaskMessages.Expected.string, found: item))
                    continue
                }
                names.append(name)
            }
            return names
        case nil, .null?: return nil
        case let value?:
            problems.append(TaskMessages.bodyField(key, expected: TaskMessages.Expected.names, found: value))
            return nil
        }
    }

    mutating func budget() -> TaskBudget {
        guard let members = object("budget") else { return TaskBudget() }
        let budget = JSONValue.object(members)
        func number(_ key: String) -> Double? {
            switch budget[key] {
            case .number(let value): return value
            case nil, .null?: return nil
            case let value?:
                problems.append(
                    TaskMessages.bodyField("budget.\(key)", expected: TaskMessages.Expected.number, found: value))
                return nil
            }
        }
        var steps: Int?
        if let value = number("maxSteps") {
            if value.rounded() == value, abs(value) <= 1e9 {
                steps = Int(value)
            } else {
                problems.append(
                    TaskMessages.bodyField(
                        "budget.maxSteps", expected: TaskMessages.Expected.wholeNumber, found: .number(value)))
            }
        }
        return TaskBudget(
            maxSteps: steps, maxAiUsd: number("maxAiUsd"),
            maxSeconds: number("maxSeconds"))
    }
}
