import Foundation

/// Why a revision was saved.
public enum RevisionReason: String, Sendable, Hashable, Codable {
    case created, repaired, imported
}

/// One saved revision of a key's program; every revision is kept.
public struct ProgramRevision: Sendable, Hashable {
    /// 1, 2, 3, … per (workspace, key).
    public var revision: Int
    public var source: String
    /// The webTaskId of the run that saved it.
    public var savedBy: String
    public var savedAt: Date
    public var reason: RevisionReason

    public init(revision: Int, source: String, savedBy: String, savedAt: Date, reason: RevisionReason) {
        self.revision = revision
        self.source = source
        self.savedBy = savedBy
        self.savedAt = savedAt
        self.reason = reason
    }
}

/// A revision to save.
public struct NewProgramRevision: Sendable {
    public var source: String
    public var savedBy: String
    public var reason: RevisionReason

    public init(source: String, savedBy: String, reason: RevisionReason) {
        self.source = source
        self.savedBy = savedBy
        self.reason = reason
    }
}

/// How a compare-and-swap save went.
public enum ProgramSaveOutcome: Sendable, Hashable {
    case saved(ProgramRevision)
    /// Another run saved `current` since the expected revision: nothing was saved.
    case superseded(current: ProgramRevision)
}

/// A result file as stored.
public struct ResultFile: Sendable, Hashable {
    public var id: String
    public var workspace: String
    public var contentType: String
    public var bytes: Data
    public var createdAt: Date

    public init(id: String, workspace: String, contentType: String, bytes: Data, createdAt: Date) {
        self.id = id
        self.workspace = workspace
        self.contentType = contentType
        self.bytes = bytes
        self.createdAt = createdAt
    }
}

/// An API key as listed: never the key itself, only its display prefix and when it was added.
public struct APIKeyInfo: Sendable, Hashable {
    public var workspace: String
    /// The first characters of the key, enough to tell keys apart on screen.
    public var prefix: String
    public var createdAt: Date

    public init(workspace: String, prefix: String, createdAt: Date) {
        self.workspace = workspace
        self.prefix = prefix
        self.createdAt = createdAt
    }
}
