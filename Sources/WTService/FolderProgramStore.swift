import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `ProgramStore` in a folder: `keys/<key>/<revision>.wt` with `<revision>.json` beside it (who saved it,
/// when, why). A save writes the files under a new name and links them into place, so a revision is
/// either whole or absent; the key's exclusive section is an `flock` on `keys/<key>/.lock`, which also
/// holds between processes (two `wtc run`s on one key).
public struct FolderProgramStore: ProgramStore {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    public func current(key: String) async throws(StoreError) -> SavedProgram? {
        let folder = try keyFolder(key)
        guard let latest = revisions(in: folder).last else { return nil }
        return try read(latest, in: folder)
    }

    public func save(_ program: NewRevision, key: String, expected: Int?) async throws(StoreError) -> SaveOutcome {
        let folder = try keyFolder(key)
        try create(folder)
        return try withLock(folder.appendingPathComponent(".save-lock"), timeout: .seconds(10)) {
            () throws(StoreError) in
            let latest = revisions(in: folder).last
            if latest != expected, let latest { return .superseded(current: try read(latest, in: folder)) }
            let saved = SavedProgram(
                revision: (latest ?? 0) + 1, source: program.source, savedBy: program.savedBy, savedAt: Date(),
                reason: program.reason)
            try write(saved, in: folder)
            return .saved(saved)
        }
    }

    public func exclusively<T: Sendable>(key: String, timeout: Duration, _ body: () async throws -> T) async throws
        -> T
    {
        let folder = try keyFolder(key)
        try create(folder)
        let descriptor = try await acquire(folder.appendingPathComponent(".lock"), timeout: timeout)
        defer { release(descriptor) }
        return try await body()
    }

    /// Every revision number saved under the key folder, ascending.
    func revisions(in folder: URL) -> [Int] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.compactMap { name in name.hasSuffix(".json") ? Int(name.dropLast(5)) : nil }.sorted()
    }

    private func keyFolder(_ key: String) throws(StoreError) -> URL {
        guard Self.isValidKey(key) else { throw StoreError(StoreMessages.badKey(key)) }
        return directory.appendingPathComponent("keys").appendingPathComponent(key)
    }

    /// Letters, digits, `_` and `-`, 1 to 128 of them: a key is a folder name on every system.
    public static func isValidKey(_ key: String) -> Bool {
        !key.isEmpty && key.count <= 128
            && key.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || "0123456789_-".unicodeScalars.contains($0))
            }
    }

    private func create(_ folder: URL) throws(StoreError) {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError(StoreMessages.cannotCreate(folder.path, "\(error)"))
        }
    }
}
