import Foundation

/// The port that turns an `x-api-key` into the workspace it belongs to (the store-backed one hashes keys
/// at rest; `StaticAPIKeys` serves configuration and tests).
public protocol APIKeyVerifier: Sendable {
    /// The key's workspace, or nil for an unknown key.
    func workspace(forKey key: String) async throws -> String?
}

/// Keys from configuration: `WTC_API_KEYS=<workspaceId>:<key>,…` or a file with one `<workspaceId>:<key>`
/// a line (`#` starts a comment).
public struct StaticAPIKeys: APIKeyVerifier, Sendable {
    private let workspaces: [String: String]

    /// Keys mapped to their workspaces.
    public init(_ workspaceByKey: [String: String]) {
        self.workspaces = workspaceByKey
    }

    public func workspace(forKey key: String) async throws -> String? {
        workspaces[key]
    }

    /// How many keys are configured.
    public var count: Int { workspaces.count }

    /// The configured keys with their workspaces, for a server that keeps them in its store (hashed).
    public var entries: [(workspace: String, key: String)] {
        workspaces.sorted { $0.key < $1.key }.map { (workspace: $0.value, key: $0.key) }
    }

    /// Parses the `WTC_API_KEYS` form: comma-separated `<workspaceId>:<key>` pairs.
    public init(environmentValue: String) throws(APIKeyConfigError) {
        let entries = environmentValue.split(separator: ",", omittingEmptySubsequences: false)
        try self.init(entries: entries.enumerated().map { (String($0.element), $0.offset + 1) }, source: .environment)
    }

    /// Parses a keys file: one `<workspaceId>:<key>` a line; blank lines and `#` comments skipped.
    public init(fileText: String, path: String) throws(APIKeyConfigError) {
        var entries: [(String, Int)] = []
        for (index, line) in fileText.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { entries.append((trimmed, index + 1)) }
        }
        try self.init(entries: entries, source: .file(path))
    }

    /// Reads a keys file (see `init(fileText:path:)`).
    public init(contentsOfFile path: String) throws(APIKeyConfigError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw APIKeyConfigError(source: .file(path), position: 0, problem: .unreadable)
        }
        try self.init(fileText: String(decoding: data, as: UTF8.self), path: path)
    }

    private init(entries: [(String, Int)], source: APIKeyConfigError.Source) throws(APIKeyConfigError) {
        var map: [String: String] = [:]
        for (entry, position) in entries {
            let parts = entry.trimmingCharacters(in: .whitespaces).split(
                separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw APIKeyConfigError(source: source, position: position, problem: .malformedEntry)
            }
            let (workspace, key) = (String(parts[0]), String(parts[1]))
            if let other = map[key], other != workspace {
                throw APIKeyConfigError(source: source, position: position, problem: .keyInTwoWorkspaces)
            }
            map[key] = workspace
        }
        guard !map.isEmpty else { throw APIKeyConfigError(source: source, position: 0, problem: .noKeys) }
        self.init(map)
    }
}
