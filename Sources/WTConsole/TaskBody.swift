import Foundation
import WTReport
import WTServer
import WTTrace

/// A task's page as the `task` template reads it.
struct TaskBody: Sendable {
    struct Parameter: Sendable {
        var name: String
        /// The value as JSON text; nil for a secret, whose value is never put on a page.
        var value: String?
    }

    struct Input: Sendable {
        var task: String
        var startUrl: String?
        var model: String?
        var reuseKey: String?
        var parameters: [Parameter]
        var schemaHTML: String?
    }

    struct ResultFile: Sendable {
        var path: String
        var contentType: String
        var size: String
    }

    struct Tokens: Sendable {
        var model: String
        var input: Int
        var output: Int
        var cacheWrite: Int
        var cacheRead: Int
    }

    struct Ledger: Sendable {
        var programUsed: Bool
        var whyNotUsed: String?
        var stepsAsCode: Int
        var stepsByAgent: Int
        var modelCalls: Int
        var tokens: [Tokens]
    }

    struct Failure: Sendable {
        var code: String
        var message: String
        var reason: String?
    }

    struct Reuse: Sendable {
        var key: String
        var used: Bool
        var created: Bool
        var updated: Bool
        var revisionId: String
        /// The key revision's own id (`KeyRevision.revisionId`), when found.
        var revisionLabel: String?
        var program: String?
    }

    var id: String
    var status: String
    var outcome: String?
    var outcomeClass: String?
    var running: Bool
    var created: String
    var started: String?
    var completed: String?
    var duration: String?
    var input: Input?
    var resultHTML: String?
    var file: ResultFile?
    var aiUsd: String?
    var computeHours: String?
    var ledger: Ledger?
    var failure: Failure?
    var reuse: Reuse?
    /// The run report's sections (steps with screenshots), from `TaskReports`; built by `HTMLNode`.
    var reportHTML: String?

    init(_ view: TaskView) {
        id = view.webTaskId
        status = view.state.status.rawValue
        created = ConsoleFormat.time(view.createdAt)
        input = view.input.map(Self.input)
        running = false
        switch view.state {
        case .pending: running = true
        case .started(let at):
            (running, started) = (true, ConsoleFormat.time(at))
        case .canceled(let at, let end):
            (started, completed) = (at.map(ConsoleFormat.time), ConsoleFormat.time(end))
        case .completed(let run): fill(run, created: view.createdAt)
        }
    }

    private mutating func fill(_ run: CompletedRun, created: Date) {
        outcome = run.outcome.rawValue
        outcomeClass = WebConsole.outcomeClass(run.outcome)
        started = run.startedAt.map(ConsoleFormat.time)
        completed = ConsoleFormat.time(run.completedAt)
        duration = ConsoleFormat.duration(created: created, started: run.startedAt, completed: run.completedAt)
        aiUsd = ConsoleFormat.dollars(run.cost.aiUsd)
        computeHours = String(format: "%.4f h", run.cost.computeHours)
        switch run.output {
        case .inline(let value)?: resultHTML = JSONTree.render(value).render()
        case .file(let fileId, let contentType, let size)?:
            let path = "/files/" + WebConsole.segment(fileId)
            file = ResultFile(path: path, contentType: contentType, size: "\(size) bytes")
        case nil: break
        }
        ledger = run.ledger.map { ledger in
            Ledger(
                programUsed: ledger.programUsed, whyNotUsed: ledger.whyNotUsed, stepsAsCode: ledger.stepsAsCode,
                stepsByAgent: ledger.stepsByAgent, modelCalls: ledger.modelCalls,
                tokens: ledger.tokens.map {
                    Tokens(
                        model: $0.model, input: $0.input, output: $0.output, cacheWrite: $0.cacheWrite,
                        cacheRead: $0.cacheRead)
                })
        }
        failure = run.error.map { Failure(code: $0.code.rawValue, message: $0.message, reason: $0.reason) }
        reuse = run.reuse.map {
            Reuse(key: $0.key, used: $0.used, created: $0.created, updated: $0.updated, revisionId: $0.revisionId)
        }
    }

    /// The input as shown: a parameter named in `secrets` shows no value at all, whatever the backend kept.
    private static func input(_ start: WebTaskStart) -> Input {
        var parameters: [Parameter] = []
        if case .object(let members)? = start.parameters {
            parameters = members.map { member in
                Parameter(
                    name: member.key, value: start.secrets.contains(member.key) ? nil : member.value.jsonText)
            }
        }
        return Input(
            task: start.task, startUrl: start.startUrl, model: start.model?.rawValue, reuseKey: start.reuseKey,
            parameters: parameters, schemaHTML: start.outputSchema.map { JSONTree.render($0).render() })
    }
}
