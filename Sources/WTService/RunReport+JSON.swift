import Foundation
import WTTrace

/// A run's report as the Web Tasks result object (field names as the spec writes them) plus our ledger; its
/// parts are what the service stores for a completed task.
extension RunReport {
    /// The whole result object, as `wtc run` prints it.
    public var resultObject: JSONValue {
        var members: [JSONValue.Member] = [
            .init("webTaskId", .string(webTaskID)), .init("status", .string("completed")),
            .init("outcome", .string(succeeded ? "success" : "failed")),
            .init("reuse", reuseJSON), .init("cost", costJSON),
        ]
        if let result {
            members.append(.init("result", .object([.init("type", .string("inline")), .init("data", result)])))
        }
        if let errorJSON { members.append(.init("error", errorJSON)) }
        members.append(.init("ledger", ledgerJSON))
        return .object(members)
    }

    /// `cost`: AI dollars and compute hours.
    public var costJSON: JSONValue {
        .object([
            .init("aiUsd", .number(aiUsd)),
            .init(
                "compute",
                .object([.init("amount", .number(computeSeconds / 3600)), .init("unit", .string("hours"))])),
        ])
    }

    /// `error` with its code, message and (ext) `details.reason`; nil when the run succeeded.
    public var errorJSON: JSONValue? { error?.json }

    /// `reuse`, its revision fields in snake case as on the wire.
    public var reuseJSON: JSONValue { Self.reuse(reuse) }

    /// (ext) The ledger.
    public var ledgerJSON: JSONValue { Self.ledger(ledger) }

    private static func reuse(_ reuse: RunReport.Reuse) -> JSONValue {
        .object([
            .init("key", .string(reuse.key)), .init("used", .bool(reuse.used)), .init("created", .bool(reuse.created)),
            .init("updated", .bool(reuse.updated)),
            .init("revision_id", reuse.revisionID.map(JSONValue.string) ?? .null),
            .init("revision_timestamp", reuse.revisionTimestamp.map { .string(Timestamps.text($0)) } ?? .null),
        ])
    }

    private static func ledger(_ ledger: RunLedger) -> JSONValue {
        let models = ledger.models.sorted { $0.key < $1.key }.map { model, t in
            JSONValue.Member(
                model,
                .object([
                    .init("calls", .number(Double(t.calls))), .init("input", .number(Double(t.input))),
                    .init("output", .number(Double(t.output))), .init("cacheWrite", .number(Double(t.cacheWrite))),
                    .init("cacheRead", .number(Double(t.cacheRead))),
                ]))
        }
        return .object([
            .init("backend", ledger.backend.map(JSONValue.string) ?? .null),
            .init("modelCalls", .number(Double(ledger.modelCalls))),
            .init("tokens", .object(models)), .init("stepsAsCode", .number(Double(ledger.stepsAsCode))),
            .init("stepsByAgent", .number(Double(ledger.stepsByAgent))),
            .init("programUsed", .bool(ledger.programUsed)),
            .init("whyNotUsed", ledger.whyNotUsed.map(JSONValue.string) ?? .null),
            .init("whyNotSaved", ledger.whyNotSaved.map(JSONValue.string) ?? .null),
        ])
    }
}
