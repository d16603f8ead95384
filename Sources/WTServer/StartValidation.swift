import Foundation
import WTTrace

/// A field the client got wrong: its path (`body.task`) and a message that starts with that path.
struct FieldProblem: Error, Equatable {
    var field: String
    var message: String
}

/// Checks a decoded start request beyond what its schema's types enforce, and turns it into the
/// backend's `WebTaskStart`.
enum StartValidation {
    /// Reuse keys travel in URL paths (`/reuse-keys/{key}`) and file names (`wtc keys export`).
    static let keyCharacters = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
    static let maxKeyLength = 128

    static func validate(_ body: Components.Schemas.StartRequest) throws(FieldProblem) -> WebTaskStart {
        let parameters = body.parameters.map(JSONBridge.value)
        let secrets = body.secrets ?? []
        let problems = [
            checkTask(body.task, field: "body.task"), checkURL(body.startUrl, field: "body.startUrl"),
            checkKey(body.reuseKey, field: "body.reuseKey"),
        ]
        if let problem = problems.compactMap({ $0 }).first { throw problem }
        // The document lets `model` be null (as absent); the generator turns that null into a `""` case.
        if body.model == ._empty_ {
            throw FieldProblem(field: "body.model", message: ServerMessages.notModel("body.model"))
        }
        let budget = try body.budget.map(validate(budget:))
        if let problem = checkSecrets(secrets, in: parameters, field: "body.secrets") { throw problem }
        return WebTaskStart(
            task: body.task, startUrl: body.startUrl, parameters: parameters,
            outputSchema: body.outputSchema.map(JSONBridge.value), reuseKey: body.reuseKey,
            model: body.model.flatMap { ModelChoice(rawValue: $0.rawValue) }, budget: budget, secrets: secrets)
    }

    // The rules shared by the API and the console's start form (`StartForm`); `field` names the field
    // as its caller shows it.

    static func checkTask(_ task: String, field: String) -> FieldProblem? {
        guard task.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return FieldProblem(field: field, message: ServerMessages.emptyField(field))
    }

    static func checkURL(_ url: String?, field: String) -> FieldProblem? {
        guard let url, !isWebURL(url) else { return nil }
        return FieldProblem(field: field, message: ServerMessages.notURL(field))
    }

    static func checkKey(_ key: String?, field: String) -> FieldProblem? {
        guard let key, !isKey(key) else { return nil }
        return FieldProblem(field: field, message: ServerMessages.badKey(field))
    }

    static func checkSecrets(_ secrets: [String], in parameters: JSONValue?, field: String) -> FieldProblem? {
        for (index, name) in secrets.enumerated() where parameters?[name] == nil {
            let item = "\(field)[\(index)]"
            return FieldProblem(field: item, message: ServerMessages.secretNamesNoParameter(item, name))
        }
        return nil
    }

    private static func validate(budget: Components.Schemas.StartRequest.BudgetPayload) throws(FieldProblem)
        -> APITaskBudget
    {
        if let dollars = budget.maxAiUsd, !(dollars >= 0) {
            throw FieldProblem(
                field: "body.budget.maxAiUsd", message: ServerMessages.outOfRange("body.budget.maxAiUsd", ">= 0"))
        }
        if let steps = budget.maxSteps, steps < 1 {
            throw FieldProblem(
                field: "body.budget.maxSteps", message: ServerMessages.outOfRange("body.budget.maxSteps", ">= 1"))
        }
        if let seconds = budget.maxSeconds, !(seconds > 0) {
            throw FieldProblem(
                field: "body.budget.maxSeconds", message: ServerMessages.outOfRange("body.budget.maxSeconds", "> 0"))
        }
        return APITaskBudget(maxAiUsd: budget.maxAiUsd, maxSteps: budget.maxSteps, maxSeconds: budget.maxSeconds)
    }

    static func isWebURL(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty
        else { return false }
        return true
    }

    static func isKey(_ key: String) -> Bool {
        !key.isEmpty && key.count <= maxKeyLength && key.unicodeScalars.allSatisfy(keyCharacters.contains)
    }
}
