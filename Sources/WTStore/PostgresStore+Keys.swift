import Foundation
import PostgresNIO

extension PostgresStore {
    public func ensureWorkspace(_ workspace: String) async throws(DataStoreError) {
        _ = try await rows(
            "creating workspace \(workspace)",
            "INSERT INTO workspaces (id, created_at) VALUES (\(workspace), \(nowMillis)) ON CONFLICT (id) DO NOTHING")
    }

    public func addAPIKey(_ key: String, workspace: String) async throws(DataStoreError) -> APIKeyInfo {
        try await ensureWorkspace(workspace)
        let at = nowMillis
        let prefix = KeyHash.prefix(key)
        _ = try await rows(
            "adding an API key to \(workspace)",
            """
            INSERT INTO api_keys (hash, prefix, workspace, created_at)
            VALUES (\(KeyHash.sha256(key)), \(prefix), \(workspace), \(at))
            ON CONFLICT (hash) DO UPDATE SET workspace = excluded.workspace
            """)
        return APIKeyInfo(workspace: workspace, prefix: prefix, createdAt: Millis.date(at))
    }

    public func workspace(forAPIKey key: String) async throws(DataStoreError) -> String? {
        let found = try await rows(
            "looking up an API key", "SELECT workspace FROM api_keys WHERE hash = \(KeyHash.sha256(key))")
        return try await guarded("reading an API key") { try found.first?.get("workspace", as: String.self) }
    }

    public func apiKeys(workspace: String) async throws(DataStoreError) -> [APIKeyInfo] {
        let found = try await rows(
            "listing the keys of \(workspace)",
            "SELECT prefix, created_at FROM api_keys WHERE workspace = \(workspace) ORDER BY created_at, prefix")
        return try await guarded("reading API keys") {
            try found.map {
                APIKeyInfo(
                    workspace: workspace, prefix: try $0.get("prefix"),
                    createdAt: Millis.date(try $0.get("created_at", as: Int64.self)))
            }
        }
    }

    public func putFile(workspace: String, contentType: String, bytes: Data) async throws(DataStoreError) -> String {
        let id = StoreIDs.random("file_")
        let at = nowMillis
        // Encoding `Data` can throw (in theory), so the query is built inside the guard.
        let insert = try await guarded("storing a result file") { () throws -> PostgresQuery in
            try """
            INSERT INTO files (id, workspace, content_type, bytes, created_at)
            VALUES (\(id), \(workspace), \(contentType), \(bytes), \(at))
            """
        }
        _ = try await rows("storing a result file", insert)
        return id
    }

    public func file(workspace: String, id: String) async throws(DataStoreError) -> ResultFile? {
        let found = try await rows(
            "reading result file \(id)",
            "SELECT content_type, bytes, created_at FROM files WHERE id = \(id) AND workspace = \(workspace)")
        return try await guarded("reading result file \(id)") {
            try found.first.map {
                ResultFile(
                    id: id, workspace: workspace, contentType: try $0.get("content_type"), bytes: try $0.get("bytes"),
                    createdAt: Millis.date(try $0.get("created_at", as: Int64.self)))
            }
        }
    }
}
