import Foundation
import WTServer

/// The task list's filters as typed in its GET form; `checked()` turns them into values. An unknown
/// status or outcome counts as no filter (the select offers only known ones).
struct TaskFilter: Sendable {
    var statusText: String
    var outcomeText: String
    var keyText: String
    var fromText: String
    var toText: String

    init(status: String?, outcome: String?, key: String?, from: String?, to: String?) {
        func clean(_ text: String?) -> String { text?.trimmingCharacters(in: .whitespaces) ?? "" }
        statusText = APITaskStatus(rawValue: clean(status)) == nil ? "" : clean(status)
        outcomeText = RunOutcome(rawValue: clean(outcome)) == nil ? "" : clean(outcome)
        (keyText, fromText, toText) = (clean(key), clean(from), clean(to))
    }

    var isEmpty: Bool { [statusText, outcomeText, keyText, fromText, toText].allSatisfy(\.isEmpty) }

    /// The filters as values.
    struct Checked: Sendable {
        var status: APITaskStatus?
        var outcome: RunOutcome?
        var key: String?
        /// The first instant of the `from` day.
        var from: Date?
        /// The first instant after the `to` day.
        var until: Date?

        func matches(_ item: TaskSummary) -> Bool {
            (outcome.map { $0 == item.outcome } ?? true) && (until.map { item.createdAt < $0 } ?? true)
        }
    }

    func checked() throws(ConsoleFormat.DayError) -> Checked {
        Checked(
            status: APITaskStatus(rawValue: statusText), outcome: RunOutcome(rawValue: outcomeText),
            key: keyText.isEmpty ? nil : keyText, from: try ConsoleFormat.day(fromText),
            until: try ConsoleFormat.day(toText).map { $0.addingTimeInterval(24 * 3600) })
    }

    /// The list's path with these filters and `cursor`.
    func path(cursor: String) -> String {
        var components = URLComponents()
        components.path = "/tasks"
        let pairs = [
            ("status", statusText), ("outcome", outcomeText), ("key", keyText), ("from", fromText), ("to", toText),
            ("cursor", cursor),
        ]
        components.queryItems = pairs.filter { !$0.1.isEmpty }.map { URLQueryItem(name: $0.0, value: $0.1) }
        return components.string ?? "/tasks"
    }
}
