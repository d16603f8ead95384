import PostgresNIO

extension PostgresStore {
    public func releaseTask(_ id: String, worker: String) async throws(DataStoreError) {
        let released = try await rows(
            "releasing task \(id)",
            """
            UPDATE tasks SET status = 'pending', claimed_by = NULL, heartbeat = NULL, started_at = NULL,
                attempts = GREATEST(attempts - 1, 0)
            WHERE id = \(id) AND status = 'started' AND claimed_by = \(worker) RETURNING id
            """)
        guard !released.isEmpty else { throw DataStoreError(.conflict, StoreMessages.notClaimed(id, worker: worker)) }
    }
}
