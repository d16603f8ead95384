import Foundation
import WTServer
import WTTrace

/// An in-memory `WebTasksBackend` that can show every state of the result object: tasks follow a
/// `FakeScenario` (one state further per result poll), or are put in a fixed state by a test. Workspaces
/// are kept apart exactly as the real backend must keep them.
public actor FakeWebTasksBackend: WebTasksBackend {
    struct Entry {
        var workspace: String
        var view: TaskView
        var states: [TaskState]
        var step: Int
        var reuseKey: String
    }

    private var tasks: [String: Entry] = [:]
    private var order: [String] = []
    private var keys: [String: KeyView] = [:]
    private var programs: [String: String] = [:]
    private var files: [String: APIResultFile] = [:]
    private var counter = 0
    private let base: Date
    /// How many times `result` was asked, for tests of what the server keeps.
    public private(set) var resultCalls = 0

    /// The bytes every `success-file` run's result file holds.
    public static let fileBytes = Array(#"{"rows":[{"name":"a"},{"name":"b"}]}"#.utf8)

    /// A backend whose tasks are created one second apart from `base`.
    public init(base: Date = Date(timeIntervalSince1970: 1_796_000_000)) {
        self.base = base
    }

    static func fileId(for webTaskId: String) -> String { "file_" + webTaskId }

    private static func scoped(_ workspace: String, _ id: String) -> String { workspace + "\u{0}" + id }

    public func start(workspace: String, request: WebTaskStart) async throws -> String {
        counter += 1
        let id = "wt_\(counter)"
        let created = base.addingTimeInterval(TimeInterval(counter))
        let key = request.reuseKey ?? "wtr_\(counter)"
        let scenario = FakeScenario(request)
        let states = scenario.states(id: id, key: key, created: created)
        if scenario == .file {
            files[Self.scoped(workspace, Self.fileId(for: id))] = APIResultFile(
                bytes: Self.fileBytes, contentType: "application/json")
        }
        let view = TaskView(webTaskId: id, createdAt: created, state: states[0], input: request)
        tasks[Self.scoped(workspace, id)] = Entry(
            workspace: workspace, view: view, states: states, step: 0, reuseKey: key)
        order.append(Self.scoped(workspace, id))
        return id
    }

    public func result(workspace: String, webTaskId: String) async throws -> TaskView? {
        resultCalls += 1
        guard var entry = tasks[Self.scoped(workspace, webTaskId)] else { return nil }
        let shown = entry.view
        if entry.step + 1 < entry.states.count {
            entry.step += 1
            entry.view.state = entry.states[entry.step]
            tasks[Self.scoped(workspace, webTaskId)] = entry
        }
        return shown
    }

    public func cancel(workspace: String, webTaskId: String) async throws -> TaskView? {
        guard var entry = tasks[Self.scoped(workspace, webTaskId)] else { return nil }
        let at = entry.view.createdAt.addingTimeInterval(2)
        switch entry.view.state {
        case .pending: entry.view.state = .canceled(startedAt: nil, completedAt: at)
        case .started(let startedAt): entry.view.state = .canceled(startedAt: startedAt, completedAt: at)
        case .completed, .canceled: return entry.view
        }
        entry.states = [entry.view.state]
        entry.step = 0
        tasks[Self.scoped(workspace, webTaskId)] = entry
        return entry.view
    }

    public func list(workspace: String, query: TaskListQuery) async throws -> TaskListPage {
        let matching = order.reversed().compactMap { tasks[$0] }.filter { entry in
            entry.workspace == workspace && (query.status.map { $0 == entry.view.state.status } ?? true)
                && (query.reuseKey.map { $0 == entry.reuseKey } ?? true)
        }
        var offset = 0
        if let cursor = query.cursor {
            guard cursor.hasPrefix("c"), let value = Int(cursor.dropFirst()), value >= 0 else {
                throw WebTasksBackendError.invalidCursor
            }
            offset = value
        }
        let page = matching.dropFirst(offset).prefix(query.limit)
        let next = offset + page.count < matching.count ? "c\(offset + page.count)" : nil
        return TaskListPage(items: page.map { summary($0) }, nextCursor: next)
    }

    private func summary(_ entry: Entry) -> TaskSummary {
        var summary = TaskSummary(
            webTaskId: entry.view.webTaskId, status: entry.view.state.status, reuseKey: entry.reuseKey,
            createdAt: entry.view.createdAt)
        switch entry.view.state {
        case .pending: break
        case .started(let startedAt): summary.startedAt = startedAt
        case .completed(let run):
            (summary.outcome, summary.startedAt, summary.completedAt) = (run.outcome, run.startedAt, run.completedAt)
            (summary.aiUsd, summary.revisionId) = (run.cost.aiUsd, run.reuse?.revisionId)
        case .canceled(let startedAt, let completedAt):
            (summary.startedAt, summary.completedAt) = (startedAt, completedAt)
        }
        return summary
    }

    public func reuseKey(workspace: String, key: String) async throws -> KeyView? {
        keys[Self.scoped(workspace, key)]
    }

    public func diff(workspace: String, key: String, from: String, to: String) async throws -> String? {
        guard keys[Self.scoped(workspace, key)] != nil,
            let old = programs[Self.scoped(workspace, key + "@" + from)],
            let new = programs[Self.scoped(workspace, key + "@" + to)]
        else { return nil }
        return FakeDiff.unified(old: old, new: new, from: from, to: to)
    }

    public func reuseKeys(workspace: String) async throws -> [String] {
        keys.filter { $0.key.hasPrefix(workspace + "\u{0}") }.map(\.value.key).sorted()
    }

    public func revisionProgram(workspace: String, key: String, revisionId: String) async throws -> String? {
        guard keys[Self.scoped(workspace, key)] != nil else { return nil }
        return programs[Self.scoped(workspace, key + "@" + revisionId)]
    }

    public func file(workspace: String, fileId: String) async throws -> APIResultFile? {
        files[Self.scoped(workspace, fileId)]
    }

    // MARK: - Arranging state for tests

    /// Puts a task in a fixed state (it stays there).
    public func put(workspace: String, _ view: TaskView, reuseKey: String = "wtr_put") {
        let id = Self.scoped(workspace, view.webTaskId)
        tasks[id] = Entry(workspace: workspace, view: view, states: [view.state], step: 0, reuseKey: reuseKey)
        order.append(id)
    }

    /// Saves a key with its revisions' program texts (by revision id; the last revision is current).
    public func putKey(workspace: String, key: String, revisions: [(KeyRevision, String)]) {
        for (revision, text) in revisions { programs[Self.scoped(workspace, key + "@" + revision.revisionId)] = text }
        keys[Self.scoped(workspace, key)] = KeyView(
            key: key, program: revisions.last?.1 ?? "", revisions: revisions.map(\.0))
    }

    /// Stores a result file.
    public func putFile(workspace: String, fileId: String, _ file: APIResultFile) {
        files[Self.scoped(workspace, fileId)] = file
    }
}
