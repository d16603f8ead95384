import Foundation
import Hummingbird
import WTServer

/// An option of a `<select>`.
struct Option: Sendable {
    var value: String
    var label: String
    var selected: Bool
}

/// One row of the task list.
struct TaskRow: Sendable {
    var id: String
    var created: String
    var status: String
    var outcome: String?
    /// The shared stylesheet's class for the outcome (`ok`, `failed`).
    var outcomeClass: String?
    var key: String?
    var aiUsd: String?
    var duration: String?
}

/// The task list page: the filter form as submitted, the rows, the next page's link, an empty state.
struct TasksBody: Sendable {
    var statuses: [Option]
    var outcomes: [Option]
    var keyFilter: String
    var from: String
    var to: String
    var rows: [TaskRow]
    /// Whether the table is drawn (Mustache cannot ask an array whether it is empty and still iterate it).
    var hasRows = false
    var nextPath: String?
    var empty: String?
    var error: String?
}

extension WebConsole {
    static let pageSize = 25
    /// A page filtered by outcome or date may need several backend pages; it stops after this many.
    static let scanLimit = 10

    /// GET /tasks: the workspace's tasks, newest first, filtered by status, outcome, reuse key and day.
    func tasksPage(_ request: Request, _ visitor: Visitor) async throws -> Response {
        let query = request.uri.queryParameters
        let filter = TaskFilter(
            status: query.get("status"), outcome: query.get("outcome"), key: query.get("key"),
            from: query.get("from"), to: query.get("to"))
        var body = TasksBody(
            statuses: Self.options(APITaskStatus.allCases.map(\.rawValue), selected: filter.statusText),
            outcomes: Self.options(["success", "failed"], selected: filter.outcomeText), keyFilter: filter.keyText,
            from: filter.fromText, to: filter.toText, rows: [])
        var chrome = visitor.chrome
        chrome.onTasks = true
        var status = HTTPResponse.Status.ok
        do {
            let found = try await scan(visitor.workspace, filter: try filter.checked(), cursor: query.get("cursor"))
            (body.rows, body.hasRows) = (found.rows, !found.rows.isEmpty)
            body.nextPath = found.next.map { filter.path(cursor: $0) }
            if found.rows.isEmpty {
                body.empty =
                    filter.isEmpty && query.get("cursor") == nil
                    ? ConsoleMessages.noTasks : ConsoleMessages.noMatchingTasks
            }
        } catch is ConsoleFormat.DayError {
            (body.error, status) = (ConsoleMessages.badDate, .badRequest)
        } catch WebTasksBackendError.invalidCursor {
            (body.error, status) = (ConsoleMessages.invalidCursor, .badRequest)
        }
        return renderer.page(
            "tasks", PageContext(title: ConsoleMessages.tasksTitle, chrome: chrome, page: body), status: status)
    }

    /// Up to a page of matching rows from `cursor` on, and where the next page starts.
    private func scan(_ workspace: String, filter: TaskFilter.Checked, cursor: String?) async throws -> (
        rows: [TaskRow], next: String?
    ) {
        var rows: [TaskRow] = []
        var cursor = cursor
        var calls = 0
        repeat {
            let page = try await backend.list(
                workspace: workspace,
                query: TaskListQuery(
                    status: filter.status, reuseKey: filter.key, cursor: cursor, limit: Self.pageSize - rows.count))
            calls += 1
            cursor = page.nextCursor
            for item in page.items {
                // Newest first: once past the start of the range, nothing older can match.
                if let from = filter.from, item.createdAt < from {
                    cursor = nil
                    break
                }
                if filter.matches(item) { rows.append(Self.row(item)) }
            }
        } while cursor != nil && rows.count < Self.pageSize && calls < Self.scanLimit
        return (rows, cursor)
    }

    static func row(_ item: TaskSummary) -> TaskRow {
        TaskRow(
            id: item.webTaskId, created: ConsoleFormat.time(item.createdAt), status: item.status.rawValue,
            outcome: item.outcome?.rawValue, outcomeClass: item.outcome.map(Self.outcomeClass), key: item.reuseKey,
            aiUsd: item.aiUsd.map(ConsoleFormat.dollars),
            duration: ConsoleFormat.duration(
                created: item.createdAt, started: item.startedAt, completed: item.completedAt))
    }

    /// The shared stylesheet's class for an outcome; the word itself is always shown too.
    static func outcomeClass(_ outcome: RunOutcome) -> String { outcome == .success ? "ok" : "failed" }

    static func options(_ values: [String], selected: String) -> [Option] {
        [Option(value: "", label: "any", selected: selected.isEmpty)]
            + values.map { Option(value: $0, label: $0, selected: $0 == selected) }
    }
}
