import Foundation
import WTStore
import WTTrace

/// The downloaded files of a run's result, and what the service does with them before the run's folder goes:
/// `check` (each one still in the folder and within the size limit — run before the program is saved, so a
/// run that fails here never updates its key), then `store` (the bytes into the store's result files, the
/// result's file values replaced by `StoredFileReference`s).
///
/// A file value is the JSON a `file` value prints as (`FileRef.jsonValue`: exactly `name`, `path`, `mediaType`
/// and `size`) whose path lies in the run's folder, where every download is saved. A record of the same shape
/// that points elsewhere is data and stays as it is.
public struct ResultFiles: Sendable {
    /// The run's folder: every download is saved there, and a path outside it is never read.
    public var runDirectory: URL
    /// The largest file a result may hold, in bytes.
    public var sizeLimit: Int

    public init(runDirectory: URL, sizeLimit: Int) {
        self.runDirectory = runDirectory
        self.sizeLimit = sizeLimit
    }

    /// A file value found in a result; `url` is its place, resolved, inside the run's folder.
    struct Found: Hashable {
        var name: String
        var path: String
        var mediaType: String?
        var url: URL
    }

    /// Nil when every file of `result` can be stored, else the run's error.
    public func check(_ result: JSONValue) -> RunError? {
        for file in files(in: result) {
            if case .failure(let error) = measured(file) { return error }
        }
        return nil
    }

    /// `result` with its files stored in `workspace` and replaced by references. Every file is measured
    /// before the first is stored, so a missing or oversized one stores nothing; then they are read and stored
    /// one at a time (a file in two places of the result, once).
    public func store(_ result: JSONValue, workspace: String, in store: any DataStore) async -> Result<
        JSONValue, RunError
    > {
        var unique: [String: Found] = [:]
        for file in files(in: result) where unique[file.path] == nil { unique[file.path] = file }
        let all = unique.values.sorted { $0.path < $1.path }
        if let problem = all.lazy.compactMap({ self.measured($0).failure }).first { return .failure(problem) }
        var stored: [String: StoredFileReference] = [:]
        for file in all {
            switch await keep(file, workspace: workspace, in: store) {
            case .success(let reference): stored[file.path] = reference
            case .failure(let error): return .failure(error)
            }
        }
        return .success(replacing(in: result) { stored[$0.path]?.json })
    }

    /// Reads `file` (within the limit again: it may have grown since it was measured) and stores it.
    private func keep(_ file: Found, workspace: String, in store: any DataStore) async -> Result<
        StoredFileReference, RunError
    > {
        guard let bytes = try? Data(contentsOf: file.url), bytes.count <= sizeLimit else {
            return .failure(Self.missing(file))
        }
        let type = MediaTypes.type(given: file.mediaType, name: file.name)
        do {
            let id = try await store.putFile(workspace: workspace, contentType: type, bytes: bytes)
            return .success(
                StoredFileReference(fileId: id, name: file.name, contentType: type, sizeBytes: Int64(bytes.count)))
        } catch {
            return .failure(
                RunError(code: "internal-error", reason: "store", message: ServiceMessages.fileNotStored("\(error)")))
        }
    }

    /// The file's size, or why it cannot be stored.
    private func measured(_ file: Found) -> Result<Int, RunError> {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: file.url.path),
            attributes[.type] as? FileAttributeType == .typeRegular,
            let size = (attributes[.size] as? NSNumber)?.intValue
        else { return .failure(Self.missing(file)) }
        guard size <= sizeLimit else {
            return .failure(
                RunError(
                    code: "internal-error", reason: "file-too-large",
                    message: ServiceMessages.fileTooLarge(file.name, size: size, limit: sizeLimit)))
        }
        return .success(size)
    }

    private static func missing(_ file: Found) -> RunError {
        RunError(code: "internal-error", reason: "file-missing", message: ServiceMessages.fileMissing(file.name))
    }

    /// Every file value in `json`, depth first.
    func files(in json: JSONValue) -> [Found] {
        if let file = found(json) { return [file] }
        switch json {
        case .array(let items): return items.flatMap(files)
        case .object(let members): return members.flatMap { files(in: $0.value) }
        case .null, .bool, .number, .string: return []
        }
    }

    /// `json` with each file value replaced by `transform`'s answer (kept when it answers nil).
    func replacing(in json: JSONValue, with transform: (Found) -> JSONValue?) -> JSONValue {
        if let file = found(json) { return transform(file) ?? json }
        switch json {
        case .array(let items): return .array(items.map { replacing(in: $0, with: transform) })
        case .object(let members):
            return .object(members.map { .init($0.key, replacing(in: $0.value, with: transform)) })
        case .null, .bool, .number, .string: return json
        }
    }

    private func found(_ json: JSONValue) -> Found? {
        guard case .object(let members) = json, members.count == 4,
            case .string(let name)? = json["name"], case .string(let path)? = json["path"], path.hasPrefix("/"),
            case .number? = json["size"], let type = json["mediaType"]
        else { return nil }
        let media: String?
        switch type {
        case .string(let given): media = given
        case .null: media = nil
        default: return nil
        }
        let folder = runDirectory.standardizedFileURL.resolvingSymlinksInPath().path
        let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        guard url.path.hasPrefix(folder + "/") else { return nil }
        return Found(name: name, path: path, mediaType: media, url: url)
    }
}

extension Result {
    /// The error of a failure, nil for a success.
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
