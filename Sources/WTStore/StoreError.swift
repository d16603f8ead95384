import Foundation

/// A store operation that failed. The message says what was being done, why it failed and what to do next;
/// callers show it as is.
public struct DataStoreError: Error, Sendable, CustomStringConvertible, Equatable {
    /// What went wrong, for a program to branch on.
    public enum Kind: Sendable, Equatable {
        /// The database could not be opened, read or written.
        case database
        /// The database was written by a newer wtc than this one.
        case newerSchema
        /// The store address (a `postgres://` URL or a folder) is not usable.
        case badLocation
        /// A per-key writer lock could not be had in time.
        case lockTimeout
        /// The request contradicts what is stored (unknown task, wrong worker, revision that does not exist).
        case conflict
        /// A paging cursor that no listing handed out (an API answers 400 naming `cursor`).
        case invalidCursor
    }

    public let kind: Kind
    public let description: String

    public init(_ kind: Kind, _ description: String) {
        self.kind = kind
        self.description = description
    }

    /// Wraps a driver error: `doing` names the operation ("claiming the next task").
    static func database(_ doing: String, _ error: any Error) -> DataStoreError {
        if let error = error as? DataStoreError { return error }
        return DataStoreError(.database, StoreMessages.databaseFailed(doing, String(reflecting: error)))
    }
}

/// Runs `body`, turning any error into a `DataStoreError` that names the operation.
func guarded<T>(_ doing: String, _ body: () async throws -> T) async throws(DataStoreError) -> T {
    do {
        return try await body()
    } catch {
        throw DataStoreError.database(doing, error)
    }
}
