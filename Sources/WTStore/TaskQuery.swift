import Foundation

/// Which tasks a listing returns.
public struct TaskFilter: Sendable, Hashable {
    public var status: TaskStatus?
    public var reuseKey: String?

    public init(status: TaskStatus? = nil, reuseKey: String? = nil) {
        self.status = status
        self.reuseKey = reuseKey
    }
}

/// One page of a listing, newest first; `next` is the cursor of the following page, nil on the last one.
public struct TaskPage: Sendable, Hashable {
    public var tasks: [TaskRecord]
    public var next: String?

    public init(tasks: [TaskRecord], next: String?) {
        self.tasks = tasks
        self.next = next
    }
}

/// An opaque paging cursor: the (createdAt, id) of the last task on a page, so a page is stable while tasks
/// are added (new tasks sort before the first page, so none is skipped or repeated).
struct TaskCursor: Hashable {
    var createdAt: Int64
    var id: String

    var text: String { Data("\(createdAt):\(id)".utf8).base64EncodedString() }

    init(createdAt: Int64, id: String) {
        self.createdAt = createdAt
        self.id = id
    }

    /// The cursor in `text`, nil for none; throws for text that no page handed out.
    static func parse(_ text: String?) throws(DataStoreError) -> TaskCursor? {
        guard let text else { return nil }
        guard let cursor = TaskCursor(text: text) else {
            throw DataStoreError(.invalidCursor, StoreMessages.badCursor(text))
        }
        return cursor
    }

    /// Nil for text that no page handed out.
    init?(text: String) {
        guard let data = Data(base64Encoded: text), let plain = String(data: data, encoding: .utf8),
            let colon = plain.firstIndex(of: ":"), let millis = Int64(plain[..<colon])
        else { return nil }
        self.init(createdAt: millis, id: String(plain[plain.index(after: colon)...]))
    }
}

/// Times are stored as whole milliseconds since 1970 in both backends: the API's own precision, sortable,
/// and the same in SQLite and PostgreSQL.
enum Millis {
    static func of(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }

    static func date(_ millis: Int64) -> Date { Date(timeIntervalSince1970: Double(millis) / 1000) }

    static func date(_ millis: Int64?) -> Date? { millis.map { date($0) } }
}
