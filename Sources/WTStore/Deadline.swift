import Foundation

/// Runs work that has no deadline of its own (the connection pool keeps retrying a server that is down for
/// about a minute) under one.
enum Deadline {
    /// `body`'s value, or nil when `limit` passed first (then `body` is canceled).
    static func run<T: Sendable>(within limit: Duration, _ body: @escaping @Sendable () async throws -> T)
        async throws -> T?
    {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { return nil }
            return first
        }
    }
}
