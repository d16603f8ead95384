import Foundation
import WTStore

/// Where programs are kept by reuse key, every revision of them. The execution model sees only this port:
/// the data store for one workspace (`WorkspacePrograms`) in the service and `wtc run`, a fake in tests.
public protocol ProgramStore: Sendable {
    /// The revision saved last under `key`, or nil when none is.
    func current(key: String) async throws(StoreError) -> SavedProgram?

    /// Saves `program` as the next revision of `key` if the key's latest revision is still `expected` (nil:
    /// none); otherwise saves nothing and answers `.superseded` with the revision that landed meanwhile.
    func save(_ program: NewRevision, key: String, expected: Int?) async throws(StoreError) -> SaveOutcome

    /// Runs `body` while no other run explores or repairs `key`, waiting up to `timeout` for its turn.
    func exclusively<T: Sendable>(
        key: String, timeout: Duration, _ body: () async throws -> T
    ) async throws -> T
}

/// A revision as stored (the store's own type: one shape from the database to the API).
public typealias SavedProgram = ProgramRevision
/// A revision to save.
public typealias NewRevision = NewProgramRevision
/// Why a revision was saved: created, repaired, imported.
public typealias SaveReason = RevisionReason
/// How a compare-and-swap save went.
public typealias SaveOutcome = ProgramSaveOutcome

/// A store that could not be read or written; the message names what failed and what to do.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }
}

/// The programs of one workspace in the data store.
public struct WorkspacePrograms: ProgramStore {
    public let store: any DataStore
    public let workspace: String

    public init(store: any DataStore, workspace: String) {
        self.store = store
        self.workspace = workspace
    }

    public func current(key: String) async throws(StoreError) -> SavedProgram? {
        do {
            return try await store.currentProgram(workspace: workspace, key: key)
        } catch {
            throw StoreError("\(error)")
        }
    }

    public func save(_ program: NewRevision, key: String, expected: Int?) async throws(StoreError) -> SaveOutcome {
        do {
            return try await store.saveProgram(program, workspace: workspace, key: key, expected: expected)
        } catch {
            throw StoreError("\(error)")
        }
    }

    public func exclusively<T: Sendable>(
        key: String, timeout: Duration, _ body: () async throws -> T
    ) async throws -> T {
        try await store.exclusively(workspace: workspace, key: key, timeout: timeout, body)
    }
}

extension WorkspacePrograms {
    /// The workspace `wtc run` keeps its programs in on the embedded store.
    public static let localWorkspace = "local"

    /// `workspace`'s programs in the embedded SQLite store in `directory` (created if needed).
    public static func embedded(in directory: URL, workspace: String = localWorkspace) throws(StoreError)
        -> WorkspacePrograms
    {
        do {
            return WorkspacePrograms(store: try SQLiteStore(directory: directory), workspace: workspace)
        } catch {
            throw StoreError("\(error)")
        }
    }
}

/// Reuse keys as the service accepts them.
public enum ReuseKeys {
    /// Letters, digits, `_` and `-`, 1 to 128 of them: a key also names a file when programs are exported.
    public static func isValid(_ key: String) -> Bool {
        !key.isEmpty && key.count <= 128
            && key.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || "0123456789_-".unicodeScalars.contains($0))
            }
    }
}
