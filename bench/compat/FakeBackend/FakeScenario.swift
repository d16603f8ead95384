import Foundation
import WTServer
import WTTrace

/// The scripted runs of the fake backend, picked by the start request's `parameters.scenario`. Each is
/// the list of states successive result polls reveal; the last one stays.
public enum FakeScenario: String, Sendable, CaseIterable {
    case inline = "success-inline"
    case file = "success-file"
    case failed
    case rejected
    case canceled
    /// Stays `started` until canceled (for the cancel endpoint).
    case running

    /// The scenario a start request asks for (`success-inline` when it names none).
    public init(_ request: WebTaskStart) {
        if case .string(let name)? = request.parameters?["scenario"], let scenario = FakeScenario(rawValue: name) {
            self = scenario
        } else {
            self = .inline
        }
    }

    /// The states a task shows, poll by poll, when created at `created`.
    func states(id: String, key: String, created: Date) -> [TaskState] {
        let started = created.addingTimeInterval(1)
        let completed = created.addingTimeInterval(3)
        let cost = RunCost(aiUsd: 0.0123, computeHours: 2 / 3600)
        let reuse = ReuseInfo(
            key: key, used: false, created: true, updated: true, revisionId: id, revisionTimestamp: completed)
        switch self {
        case .inline:
            let data = JSONValue.object([.init("title", .string("Example Domain")), .init("links", .number(1))])
            let run = CompletedRun(
                outcome: .success, startedAt: started, completedAt: completed, reuse: reuse, cost: cost,
                output: .inline(data),
                ledger: APIRunLedger(
                    programUsed: false, whyNotUsed: "no program",
                    stepsAsCode: 0, stepsByAgent: 3, modelCalls: 4,
                    tokens: [TokenUsage(model: "claude-haiku", input: 1200, output: 300, cacheWrite: 0, cacheRead: 800)]
                ))
            return [.pending, .started(startedAt: started), .completed(run)]
        case .file:
            let run = CompletedRun(
                outcome: .success, startedAt: started, completedAt: completed, reuse: reuse, cost: cost,
                output: .file(
                    fileId: FakeWebTasksBackend.fileId(for: id), contentType: "application/json",
                    sizeBytes: Int64(FakeWebTasksBackend.fileBytes.count)))
            return [.pending, .started(startedAt: started), .completed(run)]
        case .failed:
            let run = CompletedRun(
                outcome: .failed, startedAt: started, completedAt: completed, reuse: nil, cost: cost,
                error: APIRunError(code: .timeout, message: "the run's time budget ran out", reason: "budget-exceeded"))
            return [.pending, .started(startedAt: started), .completed(run)]
        case .rejected:
            let run = CompletedRun(
                outcome: .failed, startedAt: nil, completedAt: started, reuse: nil,
                cost: RunCost(aiUsd: 0.0004, computeHours: 0),
                error: APIRunError(code: .rejected, message: "not a web automation task", reason: "not-web-automation"))
            return [.pending, .completed(run)]
        case .canceled:
            return [.pending, .canceled(startedAt: nil, completedAt: started)]
        case .running:
            return [.pending, .started(startedAt: started)]
        }
    }
}
