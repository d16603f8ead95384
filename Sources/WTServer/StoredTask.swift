import Foundation
import WTDiagnostics
import WTService
import WTStore
import WTTrace

/// A stored task read back as the API shows it: the JSON the worker stored (reuse, cost, error, ledger,
/// result) parsed into the API's views.
enum StoredTask {
    /// The view of `record`; `file` is its result file when it has one (for the size and type).
    static func view(_ record: TaskRecord, file: APIResultFile? = nil) -> TaskView {
        TaskView(
            webTaskId: record.id, createdAt: record.createdAt, state: state(record, file: file), input: input(record))
    }

    static func summary(_ record: TaskRecord) -> TaskSummary {
        TaskSummary(
            webTaskId: record.id, status: APITaskStatus(rawValue: record.status.rawValue) ?? .pending,
            outcome: record.outcome.flatMap { RunOutcome(rawValue: $0.rawValue) }, reuseKey: record.reuseKey,
            createdAt: record.createdAt, startedAt: record.startedAt, completedAt: record.completedAt,
            aiUsd: record.status == .completed ? cost(json(record.cost)).aiUsd : nil,
            revisionId: reuse(json(record.reuse))?.revisionId)
    }

    private static func state(_ record: TaskRecord, file: APIResultFile?) -> TaskState {
        switch record.status {
        case .pending: return .pending
        case .started: return .started(startedAt: record.startedAt ?? record.createdAt)
        case .canceled: return .canceled(startedAt: record.startedAt, completedAt: record.completedAt ?? Date())
        case .completed:
            return .completed(
                CompletedRun(
                    outcome: record.outcome == .success ? .success : .failed, startedAt: record.startedAt,
                    completedAt: record.completedAt ?? Date(), reuse: reuse(json(record.reuse)),
                    cost: cost(json(record.cost)), output: output(record, file: file), error: error(json(record.error)),
                    ledger: ledger(json(record.ledger))))
        }
    }

    private static func json(_ text: String?) -> JSONValue? {
        guard let text, let parsed = try? PositionedJSON.parse(Array(text.utf8)) else { return nil }
        return JSONValue(parsed)
    }

    private static func input(_ record: TaskRecord) -> WebTaskStart? {
        guard let body = json(record.input), case .string(let task)? = body["task"] else { return nil }
        return WebTaskStart(
            task: task, startUrl: body["startUrl"]?.stringValue, parameters: body["parameters"],
            outputSchema: body["outputSchema"], reuseKey: body["reuseKey"]?.stringValue,
            model: body["model"]?.stringValue.flatMap(ModelChoice.init(rawValue:)),
            secrets: body["secrets"]?.arrayValue?.compactMap(\.stringValue) ?? [])
    }

    private static func output(_ record: TaskRecord, file: APIResultFile?) -> RunOutput? {
        if let id = record.resultFile {
            return .file(
                fileId: id, contentType: file?.contentType ?? "application/json",
                sizeBytes: Int64(file?.bytes.count ?? 0))
        }
        return json(record.result).map(RunOutput.inline)
    }

    private static func reuse(_ json: JSONValue?) -> ReuseInfo? {
        guard let json, case .string(let key)? = json["key"], case .string(let revision)? = json["revision_id"],
            let stamp = json["revision_timestamp"]?.stringValue.flatMap(Timestamps.date)
        else { return nil }
        return ReuseInfo(
            key: key, used: json["used"] == .bool(true), created: json["created"] == .bool(true),
            updated: json["updated"] == .bool(true), revisionId: revision, revisionTimestamp: stamp)
    }

    private static func cost(_ json: JSONValue?) -> RunCost {
        RunCost(aiUsd: json?["aiUsd"]?.numberValue ?? 0, computeHours: json?["compute"]?["amount"]?.numberValue ?? 0)
    }

    private static func error(_ json: JSONValue?) -> APIRunError? {
        guard let json, case .string(let code)? = json["code"] else { return nil }
        return APIRunError(
            code: ErrorCode(rawValue: code) ?? .internalError, message: json["message"]?.stringValue ?? "",
            reason: json["details"]?["reason"]?.stringValue)
    }

    private static func ledger(_ json: JSONValue?) -> APIRunLedger? {
        guard let json else { return nil }
        let tokens: [TokenUsage] =
            if case .object(let models)? = json["tokens"] {
                models.map { model in
                    func count(_ name: String) -> Int { Int(model.value[name]?.numberValue ?? 0) }
                    return TokenUsage(
                        model: model.key, input: count("input"), output: count("output"),
                        cacheWrite: count("cacheWrite"), cacheRead: count("cacheRead"))
                }
            } else { [] }
        return APIRunLedger(
            programUsed: json["programUsed"] == .bool(true), whyNotUsed: json["whyNotUsed"]?.stringValue,
            stepsAsCode: Int(json["stepsAsCode"]?.numberValue ?? 0),
            stepsByAgent: Int(json["stepsByAgent"]?.numberValue ?? 0),
            modelCalls: Int(json["modelCalls"]?.numberValue ?? 0), tokens: tokens)
    }
}

extension JSONValue {
    fileprivate var stringValue: String? { if case .string(let s) = self { s } else { nil } }
    fileprivate var numberValue: Double? { if case .number(let n) = self { n } else { nil } }
    fileprivate var arrayValue: [JSONValue]? { if case .array(let items) = self { items } else { nil } }
}
