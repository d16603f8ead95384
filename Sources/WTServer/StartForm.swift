import Foundation
import WTDiagnostics
import WTTrace

/// A start request typed into a form (the console's): every field as text, JSON fields as JSON text.
/// `validate()` applies the API's own rules (`StartValidation`), so a form and a client are refused for
/// the same reasons, and reports every problem at once, each against the form's field name.
public struct StartForm: Sendable, Hashable {
    public var task = ""
    public var startUrl = ""
    public var reuseKey = ""
    /// A JSON object, or blank.
    public var parameters = ""
    /// A JSON Schema object, or blank.
    public var outputSchema = ""
    /// `haiku`, `sonnet`, `opus`, or blank for the default.
    public var model = ""
    /// Names of parameters whose values are secret, separated by commas.
    public var secrets = ""

    public init() {}

    /// One field the form got wrong, by the form's field name.
    public struct Problem: Sendable, Hashable {
        public var field: String
        public var message: String
    }

    /// What `validate()` found.
    public enum Verdict: Sendable, Hashable {
        case valid(WebTaskStart)
        /// Every problem, in the form's order.
        case invalid([Problem])
    }

    /// The validated request, or every problem found.
    public func validate() -> Verdict {
        var problems: [Problem] = []
        func note(_ problem: FieldProblem?, as field: String) {
            if let problem { problems.append(Problem(field: field, message: problem.message)) }
        }
        let url = Self.blankIsNil(startUrl)
        let key = Self.blankIsNil(reuseKey)
        note(StartValidation.checkTask(task, field: "task"), as: "task")
        note(StartValidation.checkURL(url, field: "startUrl"), as: "startUrl")
        note(StartValidation.checkKey(key, field: "reuseKey"), as: "reuseKey")
        let parameters = Self.object(parameters, field: "parameters", problems: &problems)
        let schema = Self.object(outputSchema, field: "outputSchema", problems: &problems)
        let choice = Self.blankIsNil(model).map(ModelChoice.init(rawValue:))
        if case .some(.none) = choice {
            problems.append(Problem(field: "model", message: ServerMessages.notModel("model")))
        }
        let names = secrets.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        note(StartValidation.checkSecrets(names, in: parameters, field: "secrets"), as: "secrets")
        guard problems.isEmpty else { return .invalid(problems) }
        return .valid(
            WebTaskStart(
                task: task, startUrl: url, parameters: parameters, outputSchema: schema, reuseKey: key,
                model: choice ?? nil, secrets: names))
    }

    private static func blankIsNil(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The field's JSON object, nil when blank; a problem when it is not JSON or not an object.
    private static func object(_ text: String, field: String, problems: inout [Problem]) -> JSONValue? {
        guard let text = blankIsNil(text) else { return nil }
        guard let node = try? PositionedJSON.parse(Array(text.utf8)), case .object = JSONValue(node) else {
            problems.append(Problem(field: field, message: ServerMessages.notObject(field)))
            return nil
        }
        return JSONValue(node)
    }
}
