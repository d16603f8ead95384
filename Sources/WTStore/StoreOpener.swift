import Foundation

/// Opens the store `wtc serve` and `wtc run` are pointed at: `--store postgres://…` when given, otherwise the
/// embedded SQLite store in the data folder (`--data-dir`, default `~/.wtc`).
public enum StoreOpener {
    /// The default data folder, `~/.wtc`.
    public static var defaultDataDirectory: URL {
        FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".wtc")
    }

    /// A PostgreSQL store for a `postgres://` (or `postgresql://`) URL, else a SQLite store in `dataDirectory`.
    public static func open(store url: String?, dataDirectory: URL = defaultDataDirectory)
        async throws(DataStoreError) -> any DataStore
    {
        guard let url else { return try SQLiteStore(directory: dataDirectory) }
        guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
            throw DataStoreError(.badLocation, StoreMessages.badURL(url))
        }
        return try await PostgresStore(url: url)
    }
}
