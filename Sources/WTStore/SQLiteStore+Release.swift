import GRDB

extension SQLiteStore {
    public func releaseTask(_ id: String, worker: String) async throws(DataStoreError) {
        try await immediate("releasing task \(id)") { db in
            try db.execute(
                sql: """
                    UPDATE tasks SET status = 'pending', claimed_by = NULL, heartbeat = NULL, started_at = NULL,
                        attempts = MAX(attempts - 1, 0)
                    WHERE id = ? AND status = 'started' AND claimed_by = ?
                    """,
                arguments: [id, worker])
            guard db.changesCount > 0 else {
                throw DataStoreError(.conflict, StoreMessages.notClaimed(id, worker: worker))
            }
        }
    }
}
