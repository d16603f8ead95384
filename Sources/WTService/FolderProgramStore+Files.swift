import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Revision files and locks of `FolderProgramStore`.
extension FolderProgramStore {
    /// What `<revision>.json` holds.
    private struct Meta: Codable {
        var savedBy: String
        var savedAt: Date
        var reason: SaveReason
    }

    func read(_ revision: Int, in folder: URL) throws(StoreError) -> SavedProgram {
        let program = folder.appendingPathComponent("\(revision).wt")
        let metaFile = folder.appendingPathComponent("\(revision).json")
        do {
            let source = try String(contentsOf: program, encoding: .utf8)
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .custom { decoder in
                let text = try decoder.singleValueContainer().decode(String.self)
                guard let date = Timestamps.date(text) else {
                    throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: text))
                }
                return date
            }
            let meta = try decoder.decode(Meta.self, from: Data(contentsOf: metaFile))
            return SavedProgram(
                revision: revision, source: source, savedBy: meta.savedBy, savedAt: meta.savedAt, reason: meta.reason)
        } catch {
            throw StoreError(StoreMessages.cannotRead(program.path, "\(error)"))
        }
    }

    /// The program first, then its metadata: a revision counts once its `.json` is in place.
    func write(_ saved: SavedProgram, in folder: URL) throws(StoreError) {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamps.text(date))
        }
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            try Data(saved.source.utf8).write(
                to: folder.appendingPathComponent("\(saved.revision).wt"), options: .atomic)
            let meta = try encoder.encode(Meta(savedBy: saved.savedBy, savedAt: saved.savedAt, reason: saved.reason))
            try meta.write(to: folder.appendingPathComponent("\(saved.revision).json"), options: .atomic)
        } catch {
            throw StoreError(StoreMessages.cannotWrite(folder.path, "\(error)"))
        }
    }

    /// Runs `body` holding an exclusive `flock` on `file`, trying every 20 ms up to `timeout`.
    func withLock<T>(_ file: URL, timeout: Duration, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        let descriptor = try open(file)
        defer { close(descriptor) }
        let deadline = ContinuousClock.now + timeout
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard ContinuousClock.now < deadline else { throw StoreError(StoreMessages.lockTimeout(file.path)) }
            usleep(20_000)
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    /// An exclusive `flock` on `file`, waited for without blocking a thread; the descriptor to release.
    func acquire(_ file: URL, timeout: Duration) async throws(StoreError) -> Int32 {
        let descriptor = try open(file)
        let deadline = ContinuousClock.now + timeout
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard ContinuousClock.now < deadline else {
                close(descriptor)
                throw StoreError(StoreMessages.lockTimeout(file.path))
            }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return descriptor
    }

    func release(_ descriptor: Int32) {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private func open(_ file: URL) throws(StoreError) -> Int32 {
        let descriptor = Glibc.open(file.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw StoreError(StoreMessages.cannotWrite(file.path, String(cString: strerror(errno))))
        }
        return descriptor
    }
}

/// The store's message catalog.
enum StoreMessages {
    static func badKey(_ key: String) -> String {
        "'\(key)' is not a reuse key: use 1 to 128 letters, digits, _ or -"
    }

    static func cannotCreate(_ path: String, _ why: String) -> String {
        "cannot create the store folder \(path): \(why); check --data-dir and its permissions"
    }

    static func cannotRead(_ path: String, _ why: String) -> String {
        "cannot read the saved program \(path): \(why); the store may have been edited by hand"
    }

    static func cannotWrite(_ path: String, _ why: String) -> String {
        "cannot write to the store at \(path): \(why); check --data-dir, free space and permissions"
    }

    static func lockTimeout(_ path: String) -> String {
        "another run held \(path) for too long; is a wtc run on this key stuck? (remove nothing: retry later)"
    }
}
