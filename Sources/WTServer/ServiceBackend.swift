import Foundation
import WTAgent
import WTReport
import WTService
import WTStore
import WTTrace

/// The API's port on the real service: tasks queue in the data store through `WebTaskService`, their
/// views are read back from it, and keys, revisions, diffs and files come straight from the store. Every
/// call is scoped to the caller's workspace by the store itself.
public struct ServiceBackend: WebTasksBackend {
    public let service: WebTaskService

    public init(service: WebTaskService) { self.service = service }

    private var store: any DataStore { service.store }

    public func start(workspace: String, request: WebTaskStart) async throws -> String {
        var parameters: [JSONValue.Member] = []
        if case .object(let members)? = request.parameters { parameters = members }
        let input = TaskInput(
            task: request.task, startURL: request.startUrl, parameters: parameters,
            secrets: request.secrets, outputSchema: request.outputSchema, reuseKey: request.reuseKey,
            model: request.model?.rawValue ?? TaskInput.defaultModel,
            budget: TaskBudget(
                maxSteps: request.budget?.maxSteps, maxAiUsd: request.budget?.maxAiUsd,
                maxSeconds: request.budget?.maxSeconds))
        return try await service.start(workspace: workspace, input: input).id
    }

    public func result(workspace: String, webTaskId: String) async throws -> TaskView? {
        guard let record = try await store.task(workspace: workspace, id: webTaskId) else { return nil }
        let file = try await record.resultFile.asyncMap { try await self.file(workspace: workspace, fileId: $0) }
        return StoredTask.view(record, file: file.flatMap { $0 })
    }

    public func cancel(workspace: String, webTaskId: String) async throws -> TaskView? {
        guard try await store.cancelTask(workspace: workspace, id: webTaskId) != nil else { return nil }
        return try await result(workspace: workspace, webTaskId: webTaskId)
    }

    public func list(workspace: String, query: TaskListQuery) async throws -> TaskListPage {
        let filter = TaskFilter(
            status: query.status.flatMap { WTStore.TaskStatus(rawValue: $0.rawValue) }, reuseKey: query.reuseKey)
        let page: TaskPage
        do {
            page = try await store.listTasks(
                workspace: workspace, filter: filter, limit: query.limit, cursor: query.cursor)
        } catch {
            // (A `catch where` on the typed error crashes Swift 6.3's ownership checker here.)
            guard error.kind == .invalidCursor else { throw error }
            throw WebTasksBackendError.invalidCursor
        }
        return TaskListPage(items: page.tasks.map(StoredTask.summary), nextCursor: page.next)
    }

    public func reuseKey(workspace: String, key: String) async throws -> KeyView? {
        let history = try await store.programHistory(workspace: workspace, key: key)
        guard let current = history.last else { return nil }
        return KeyView(
            key: key, program: current.source,
            revisions: history.map { revision in
                KeyRevision(
                    revisionId: String(revision.revision),
                    webTaskId: revision.reason == .imported ? nil : revision.savedBy, savedAt: revision.savedAt,
                    reason: KeyRevision.Reason(rawValue: revision.reason.rawValue) ?? .created)
            })
    }

    public func diff(workspace: String, key: String, from: String, to: String) async throws -> String? {
        guard let a = Int(from), let b = Int(to),
            let old = try await store.programRevision(workspace: workspace, key: key, revision: a),
            let new = try await store.programRevision(workspace: workspace, key: key, revision: b)
        else { return nil }
        return ProgramDiff.unified(old: old.source, new: new.source, from: "\(key)@\(a)", to: "\(key)@\(b)")
    }

    public func reuseKeys(workspace: String) async throws -> [String] {
        try await store.programKeys(workspace: workspace)
    }

    public func revisionProgram(workspace: String, key: String, revisionId: String) async throws -> String? {
        guard let number = Int(revisionId) else { return nil }
        return try await store.programRevision(workspace: workspace, key: key, revision: number)?.source
    }

    public func file(workspace: String, fileId: String) async throws -> APIResultFile? {
        try await store.file(workspace: workspace, id: fileId).map {
            APIResultFile(bytes: Array($0.bytes), contentType: $0.contentType)
        }
    }

    public func runReport(workspace: String, webTaskId: String) async throws -> ReportData? {
        guard let record = try await store.task(workspace: workspace, id: webTaskId), let id = record.reportFile,
            let file = try await store.file(workspace: workspace, id: id), file.contentType == TaskReports.contentType
        else { return nil }
        return try? JSONDecoder().decode(ReportData.self, from: file.bytes)
    }
}

/// Keys the store knows: `x-api-key` hashed and looked up.
public struct StoreKeyVerifier: APIKeyVerifier {
    public let store: any DataStore

    public init(store: any DataStore) { self.store = store }

    public func workspace(forKey key: String) async throws -> String? {
        try await store.workspace(forAPIKey: key)
    }
}

extension Optional {
    fileprivate func asyncMap<U>(_ transform: (Wrapped) async throws -> U) async rethrows -> U? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
