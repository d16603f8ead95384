import Foundation
import WTService
import WTTrace

/// Turns the backend's views into the generated wire types, signing file URLs on the way.
struct WireMapper {
    let workspace: String
    /// `http://host:port` the file URLs are built on.
    let origin: String
    let signer: FileURLSigner
    let now: Date

    func result(_ view: TaskView) -> Components.Schemas.WebTaskResult {
        switch view.state {
        case .pending:
            return .pending(
                .init(
                    webTaskId: view.webTaskId, status: .pending, createdAt: view.createdAt,
                    input: view.input.map(input)))
        case .started(let startedAt):
            return .started(
                .init(webTaskId: view.webTaskId, status: .started, createdAt: view.createdAt, startedAt: startedAt))
        case .completed(let run):
            return .completed(completed(view, run))
        case .canceled(let startedAt, let completedAt):
            return .canceled(
                .init(
                    webTaskId: view.webTaskId, status: .canceled, createdAt: view.createdAt,
                    startedAt: NullableDate(startedAt), completedAt: completedAt))
        }
    }

    private func completed(_ view: TaskView, _ run: CompletedRun) -> Components.Schemas.CompletedTask {
        .init(
            webTaskId: view.webTaskId, status: .completed, outcome: run.outcome == .success ? .success : .failed,
            createdAt: view.createdAt, startedAt: NullableDate(run.startedAt), completedAt: run.completedAt,
            reuse: run.reuse.map(reuse),
            cost: .init(aiUsd: run.cost.aiUsd, compute: .init(amount: run.cost.computeHours, unit: .hours)),
            result: run.output.map(output), error: run.error.map(error), ledger: run.ledger.map(ledger))
    }

    private func reuse(_ info: ReuseInfo) -> Components.Schemas.Reuse {
        .init(
            key: info.key, used: info.used, created: info.created, updated: info.updated,
            revisionId: info.revisionId, revisionTimestamp: info.revisionTimestamp)
    }

    private func output(_ output: RunOutput) -> Components.Schemas.TaskOutput {
        switch output {
        case .inline(let data):
            let signed = StoredFileReference.replacing(in: data, with: downloaded)
            return .inline(.init(_type: .inline, data: JSONBridge.container(signed)))
        case .file(let fileId, let contentType, let sizeBytes):
            let signed = signer.signedPath(workspace: workspace, fileId: fileId, now: now)
            let url = origin + WebTasksServer.basePath + signed.path
            return .file(
                .init(
                    _type: .file,
                    file: .init(url: url, contentType: contentType, sizeBytes: sizeBytes, expiresAt: signed.expiresAt)))
        }
    }

    /// A downloaded file in inline `data`: the spec's file object with a freshly signed URL, plus its `name`.
    private func downloaded(_ file: StoredFileReference) -> JSONValue {
        let signed = signer.signedPath(workspace: workspace, fileId: file.fileId, now: now)
        return .object([
            .init("url", .string(origin + WebTasksServer.basePath + signed.path)),
            .init("contentType", .string(file.contentType)), .init("sizeBytes", .number(Double(file.sizeBytes))),
            .init("expiresAt", .string(signed.expiresAt.formatted(.iso8601))), .init("name", .string(file.name)),
        ])
    }

    private func error(_ error: APIRunError) -> Components.Schemas.TaskError {
        let code = Components.Schemas.ErrorCode(rawValue: error.code.rawValue) ?? .internalError
        return .init(code: code, message: error.message, details: error.reason.map { .init(reason: $0) })
    }

    private func ledger(_ ledger: APIRunLedger) -> Components.Schemas.Ledger {
        .init(
            programUsed: ledger.programUsed, whyNotUsed: ledger.whyNotUsed, stepsAsCode: ledger.stepsAsCode,
            stepsByAgent: ledger.stepsByAgent, modelCalls: ledger.modelCalls,
            tokens: ledger.tokens.map {
                .init(
                    model: $0.model, input: $0.input, output: $0.output, cacheWrite: $0.cacheWrite,
                    cacheRead: $0.cacheRead)
            })
    }

    /// The value shown instead of a secret parameter's.
    static let redacted = JSONValue.string("[secret]")

    /// The input as received, secret parameter values replaced here too in case the backend kept them.
    private func input(_ start: WebTaskStart) -> Components.Schemas.TaskInput {
        var parameters = start.parameters
        if case .object(let members)? = parameters, !start.secrets.isEmpty {
            parameters = .object(
                members.map { start.secrets.contains($0.key) ? JSONValue.Member($0.key, Self.redacted) : $0 })
        }
        return .init(
            task: start.task, startUrl: start.startUrl, parameters: parameters.flatMap(JSONBridge.object),
            outputSchema: start.outputSchema.flatMap(JSONBridge.object), reuseKey: start.reuseKey,
            model: start.model.flatMap { Components.Schemas.Model(rawValue: $0.rawValue) },
            budget: start.budget.map {
                .init(maxAiUsd: $0.maxAiUsd, maxSteps: $0.maxSteps, maxSeconds: $0.maxSeconds)
            },
            secrets: start.secrets.isEmpty ? nil : start.secrets)
    }

    func summary(_ task: TaskSummary) -> Components.Schemas.TaskSummary {
        .init(
            webTaskId: task.webTaskId,
            status: Components.Schemas.TaskStatus(rawValue: task.status.rawValue) ?? .pending,
            outcome: task.outcome.map { $0 == .success ? .success : .failed }, reuseKey: task.reuseKey,
            createdAt: task.createdAt, startedAt: task.startedAt, completedAt: task.completedAt)
    }

    func key(_ view: KeyView, diff: Components.Schemas.ReuseKeyView.DiffPayload?) -> Components.Schemas.ReuseKeyView {
        .init(
            key: view.key, program: view.program,
            revisions: view.revisions.map {
                .init(
                    revisionId: $0.revisionId, webTaskId: $0.webTaskId, savedAt: $0.savedAt,
                    reason: Components.Schemas.Revision.ReasonPayload(rawValue: $0.reason.rawValue) ?? .created)
            },
            diff: diff)
    }
}
