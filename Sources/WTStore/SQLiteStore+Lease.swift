import Foundation
import GRDB

/// The per-key writer lock on SQLite: a lease row in `key_leases`, taken in a `BEGIN IMMEDIATE` transaction
/// when the key has no lease or an expired one, renewed while the body runs and deleted after. A process
/// that dies holding a lease stops renewing it, so the key frees itself after `leaseDuration`.
extension SQLiteStore {
    public func exclusively<T: Sendable>(
        workspace: String, key: String, timeout: Duration, _ body: () async throws -> T
    ) async throws -> T {
        let holder = StoreIDs.random("lease_")
        let deadline = ContinuousClock.now + timeout
        var pause = PollPause()
        while try await !tryLease(workspace, key, holder) {
            guard ContinuousClock.now < deadline else {
                throw DataStoreError(.lockTimeout, StoreMessages.lockTimeout(workspace, key, timeout))
            }
            try await Task.sleep(for: pause.next())
        }
        let renewal = Task { [self] in
            while !Task.isCancelled {
                try await Task.sleep(for: leaseDuration / 3)
                try await renewLease(workspace, key, holder)
            }
        }
        defer { renewal.cancel() }
        // The release runs in a task of its own: a canceled caller must still free the key (GRDB refuses work
        // on behalf of a canceled task).
        do {
            let value = try await body()
            try await Task { try await releaseLease(workspace, key, holder) }.value
            return value
        } catch {
            try? await Task { try await releaseLease(workspace, key, holder) }.value
            throw error
        }
    }

    /// Takes the lease if the key has none or an expired one; false when another holder has it.
    func tryLease(_ workspace: String, _ key: String, _ holder: String) async throws(DataStoreError) -> Bool {
        let at = nowMillis
        let expires = at + leaseDuration.millis
        return try await immediate("locking key \(key)") { db in
            let current = try Int64.fetchOne(
                db, sql: "SELECT expires_at FROM key_leases WHERE workspace = ? AND reuse_key = ?",
                arguments: [workspace, key])
            if let current, current > at { return false }
            try db.execute(
                sql: """
                    INSERT INTO key_leases (workspace, reuse_key, holder, expires_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (workspace, reuse_key) DO UPDATE SET holder = excluded.holder,
                        expires_at = excluded.expires_at
                    """,
                arguments: [workspace, key, holder, expires])
            return true
        }
    }

    func renewLease(_ workspace: String, _ key: String, _ holder: String) async throws(DataStoreError) {
        let expires = nowMillis + leaseDuration.millis
        try await immediate("renewing the lock on \(key)") { db in
            try db.execute(
                sql: "UPDATE key_leases SET expires_at = ? WHERE workspace = ? AND reuse_key = ? AND holder = ?",
                arguments: [expires, workspace, key, holder])
        }
    }

    func releaseLease(_ workspace: String, _ key: String, _ holder: String) async throws(DataStoreError) {
        try await immediate("unlocking key \(key)") { db in
            try db.execute(
                sql: "DELETE FROM key_leases WHERE workspace = ? AND reuse_key = ? AND holder = ?",
                arguments: [workspace, key, holder])
        }
    }
}
