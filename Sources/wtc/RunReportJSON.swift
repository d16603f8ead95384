import Foundation
import WTService
import WTTrace

/// A run's report as the Web Tasks result object (field names as the spec writes them) plus our ledger.
enum RunReportJSON {
    static func json(_ report: RunReport) -> JSONValue {
        var members: [JSONValue.Member] = [
            .init("webTaskId", .string(report.webTaskID)), .init("status", .string("completed")),
            .init("outcome", .string(report.succeeded ? "success" : "failed")),
            .init("reuse", reuse(report.reuse)),
            .init(
                "cost",
                .object([
                    .init("aiUsd", .number(report.aiUsd)),
                    .init(
                        "compute",
                        .object([
                            .init("amount", .number(report.computeSeconds / 3600)), .init("unit", .string("hours")),
                        ])),
                ])),
        ]
        if let result = report.result {
            members.append(.init("result", .object([.init("type", .string("inline")), .init("data", result)])))
        }
        if let error = report.error {
            var fields: [JSONValue.Member] = [
                .init("code", .string(error.code)), .init("message", .string(error.message)),
            ]
            if let reason = error.reason {
                fields.append(.init("details", .object([.init("reason", .string(reason))])))
            }
            members.append(.init("error", .object(fields)))
        }
        members.append(.init("ledger", ledger(report.ledger)))
        return .object(members)
    }

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
