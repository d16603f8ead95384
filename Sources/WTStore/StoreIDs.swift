import Foundation

/// Random ids for files and lock holders.
enum StoreIDs {
    static func random(_ prefix: String) -> String {
        prefix + (0..<12).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
    }
}

/// Builds the `error` JSON of a task abandoned twice.
enum AbandonedError {
    static var json: String {
        let object: [String: Any] = [
            "code": "internal-error", "message": StoreMessages.abandonedTwice, "details": ["reason": "abandoned"],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}

/// The waits between tries of a busy lock: 10 ms, doubling to at most 250 ms, so a short hold is noticed
/// quickly and many waiters on a long one do not keep the database busy asking.
struct PollPause {
    private var milliseconds = 10

    mutating func next() -> Duration {
        defer { milliseconds = min(milliseconds * 2, 250) }
        return .milliseconds(milliseconds)
    }
}
