import Foundation
import WTDiagnostics
import WTSema
import WTStore
import WTTrace

/// Programs in and out of the store as files, so automations can live in git and be reviewed in pull
/// requests: `export` writes each key's current program as `KEY.wt` plus `manifest.json` (the revision
/// each file is, who saved it, when); `import` checks each `KEY.wt` and saves it as a new revision, never
/// over a revision newer than the one the file was exported from.
public enum ProgramTransfer {
    public static let manifestName = "manifest.json"

    /// What `import` did with one file.
    public enum Imported: Sendable, Equatable {
        case saved(key: String, revision: Int)
        case unchanged(key: String, revision: Int)
        /// The store has a revision newer than the one the file came from: importing would undo it.
        case newerInStore(key: String, stored: Int, exported: Int)
        /// The file does not check: its diagnostics, rendered with file:line:col.
        case invalid(key: String, diagnostics: String)
        case badName(file: String)
    }

    /// Writes every key's current program into `directory`; the keys written.
    public static func export(_ store: any DataStore, workspace: String, to directory: URL) async throws -> [String] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var manifest: [JSONValue.Member] = []
        let keys = try await store.programKeys(workspace: workspace)
        for key in keys {
            guard let current = try await store.currentProgram(workspace: workspace, key: key) else { continue }
            try Data(current.source.utf8).write(to: directory.appendingPathComponent("\(key).wt"), options: .atomic)
            manifest.append(
                .init(
                    key,
                    .object([
                        .init("revision", .number(Double(current.revision))),
                        .init("savedBy", .string(current.savedBy)),
                        .init("savedAt", .string(Timestamps.text(current.savedAt))),
                        .init("reason", .string(current.reason.rawValue)),
                    ])))
        }
        let text = JSONValue.object([.init("keys", .object(manifest))]).jsonText
        try Data((text + "\n").utf8).write(to: directory.appendingPathComponent(manifestName), options: .atomic)
        return keys
    }

    /// Imports every `*.wt` file of `directory` (its manifest, when there is one, says which revision each
    /// file was exported from).
    public static func importPrograms(_ store: any DataStore, workspace: String, from directory: URL) async throws
        -> [Imported]
    {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".wt") }
        let exported = manifest(in: directory)
        var outcomes: [Imported] = []
        for name in names.sorted() {
            let key = String(name.dropLast(3))
            guard ReuseKeys.isValid(key) else {
                outcomes.append(.badName(file: name))
                continue
            }
            let url = directory.appendingPathComponent(name)
            let text = try String(contentsOf: url, encoding: .utf8)
            outcomes.append(
                try await importOne(
                    store, workspace: workspace, key: key, file: SourceFile(path: url.path, text: text),
                    exported: exported[key]))
        }
        return outcomes
    }

    private static func importOne(
        _ store: any DataStore, workspace: String, key: String, file: SourceFile, exported: Int?
    ) async throws -> Imported {
        var diagnostics = DiagnosticEngine()
        guard FrontEnd.check(file, diagnostics: &diagnostics).checked != nil, !diagnostics.hasErrors else {
            return .invalid(key: key, diagnostics: DiagnosticRenderer(sources: [file]).render(diagnostics.sorted))
        }
        let current = try await store.currentProgram(workspace: workspace, key: key)
        if let current, let exported, current.revision > exported {
            return .newerInStore(key: key, stored: current.revision, exported: exported)
        }
        if let current, current.source == file.text { return .unchanged(key: key, revision: current.revision) }
        let revision = NewProgramRevision(source: file.text, savedBy: "import", reason: .imported)
        switch try await store.saveProgram(revision, workspace: workspace, key: key, expected: current?.revision) {
        case .saved(let saved): return .saved(key: key, revision: saved.revision)
        case .superseded(let now):
            return .newerInStore(key: key, stored: now.revision, exported: current?.revision ?? 0)
        }
    }

    /// Revision by key from `manifest.json`; empty when there is none or it cannot be read.
    private static func manifest(in directory: URL) -> [String: Int] {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent(manifestName)),
            let parsed = try? PositionedJSON.parse(Array(data)), case .object(let members)? = JSONValue(parsed)["keys"]
        else { return [:] }
        var revisions: [String: Int] = [:]
        for member in members {
            if case .number(let n)? = member.value["revision"] { revisions[member.key] = Int(n) }
        }
        return revisions
    }
}
