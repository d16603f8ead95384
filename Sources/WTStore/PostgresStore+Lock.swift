import Foundation
import Logging
import PostgresNIO

/// The per-key writer lock on PostgreSQL: a session-level advisory lock on (hashtext(workspace),
/// hashtext(key)), taken with `pg_try_advisory_lock` polled until the deadline, on a connection leased from
/// the pool for the whole body. If the process dies, the server ends the session and the lock with it.
/// Two keys whose hashes collide merely share a lock (they wait for each other); correctness is unaffected.
extension PostgresStore {
    public func exclusively<T: Sendable>(
        workspace: String, key: String, timeout: Duration, _ body: () async throws -> T
    ) async throws -> T {
        let deadline = ContinuousClock.now + timeout
        var pause = PollPause()
        let logger = logger
        return try await client.withConnection { connection in
            while try await !Self.tryLock(workspace, key, on: connection) {
                guard ContinuousClock.now < deadline else {
                    throw DataStoreError(.lockTimeout, StoreMessages.lockTimeout(workspace, key, timeout))
                }
                try await Task.sleep(for: pause.next())
            }
            do {
                let value = try await body()
                try await Self.unlock(workspace, key, on: connection, logger: logger)
                return value
            } catch {
                // Unlock even when the body failed or was canceled, so the pooled connection goes back without
                // the lock. If the unlock itself fails the connection is broken, and the server drops the lock.
                try? await Self.unlock(workspace, key, on: connection, logger: logger)
                throw error
            }
        }
    }

    /// Releases the lock in a task of its own, so a canceled caller still unlocks before the connection
    /// returns to the pool.
    static func unlock(_ workspace: String, _ key: String, on connection: PostgresConnection, logger: Logger)
        async throws
    {
        try await Task {
            let rows = try await connection.query(
                "SELECT pg_advisory_unlock(hashtext(\(workspace)), hashtext(\(key)))", logger: logger)
            for try await _ in rows {}
        }.value
    }

    static func tryLock(_ workspace: String, _ key: String, on connection: PostgresConnection) async throws -> Bool {
        let rows = try await connection.query(
            "SELECT pg_try_advisory_lock(hashtext(\(workspace)), hashtext(\(key))) AS locked",
            logger: connection.logger)
        for try await locked in rows.decode(Bool.self) { return locked }
        return false
    }
}
