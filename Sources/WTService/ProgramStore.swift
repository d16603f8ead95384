import Foundation

/// Where programs are kept by reuse key, every revision of them. The execution model sees only this port:
/// the local folder store (`FolderProgramStore`) today, a database tomorrow.
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

/// A revision as stored.
public struct SavedProgram: Sendable, Hashable {
    /// 1, 2, 3, … per key.
    public var revision: Int
    public var source: String
    /// The run that saved it (its `wt_…` id).
    public var savedBy: String
    public var savedAt: Date
    public var reason: SaveReason

    public init(revision: Int, source: String, savedBy: String, savedAt: Date, reason: SaveReason) {
        self.revision = revision
        self.source = source
        self.savedBy = savedBy
        self.savedAt = savedAt
        self.reason = reason
    }
}

/// Why a revision was saved.
public enum SaveReason: String, Sendable, Hashable, Codable {
    case created, repaired, imported
}

/// A revision to save.
public struct NewRevision: Sendable {
    public var source: String
    public var savedBy: String
    public var reason: SaveReason

    public init(source: String, savedBy: String, reason: SaveReason) {
        self.source = source
        self.savedBy = savedBy
        self.reason = reason
    }
}

/// How a save went.
public enum SaveOutcome: Sendable, Hashable {
    case saved(SavedProgram)
    /// Another run saved `current` since this one started: nothing was saved.
    case superseded(current: SavedProgram)
}

/// A store that could not be read or written; the message names the path and what to do.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }
}
