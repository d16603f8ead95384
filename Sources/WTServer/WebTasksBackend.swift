import Foundation
import WTReport

/// The port between the HTTP API and whatever runs and stores web tasks (the lead's WTService and
/// WTStore in `wtc serve`, an in-memory fake in tests). Every call is scoped to the workspace the
/// request's API key belongs to: an adapter must never return another workspace's task, key or file —
/// answering `nil` makes it a 404.
public protocol WebTasksBackend: Sendable {
    /// Queues a task (already validated) and returns its new `webTaskId`.
    func start(workspace: String, request: WebTaskStart) async throws -> String
    /// The task's current state, or nil when the workspace has no such task.
    func result(workspace: String, webTaskId: String) async throws -> TaskView?
    /// Asks a pending or started task to stop and returns its state afterwards (a completed task is
    /// returned unchanged), or nil when the workspace has no such task.
    func cancel(workspace: String, webTaskId: String) async throws -> TaskView?
    /// One page of the workspace's tasks, newest first. Throws `WebTasksBackendError.invalidCursor`
    /// for a cursor it did not hand out.
    func list(workspace: String, query: TaskListQuery) async throws -> TaskListPage
    /// The key's current program and its revisions, oldest first, or nil when the key is unknown.
    func reuseKey(workspace: String, key: String) async throws -> KeyView?
    /// The unified diff of the key's program between two of its revisions, or nil when the key or
    /// either revision is unknown.
    func diff(workspace: String, key: String, from: String, to: String) async throws -> String?
    /// (console) The workspace's reuse keys that have a saved program, sorted.
    func reuseKeys(workspace: String) async throws -> [String]
    /// (console) The program text of one revision of a key (a `KeyRevision.revisionId`), or nil when the
    /// key or the revision is unknown.
    func revisionProgram(workspace: String, key: String, revisionId: String) async throws -> String?
    /// A result file's bytes, or nil when the workspace has no such file.
    func file(workspace: String, fileId: String) async throws -> APIResultFile?
    /// The run report the task kept (its last program run: steps, times, pictures as file ids readable with
    /// `file`), or nil when the workspace has no such task or it kept none.
    func runReport(workspace: String, webTaskId: String) async throws -> ReportData?
}

extension WebTasksBackend {
    /// Backends that keep no reports (the scripted fake) have none to give.
    public func runReport(workspace: String, webTaskId: String) async throws -> ReportData? { nil }
}

/// Errors a backend reports that are the client's fault (a 400, not a 500).
public enum WebTasksBackendError: Error, Equatable, Sendable {
    /// A list cursor the backend did not hand out.
    case invalidCursor
}
