import ArgumentParser
import Foundation
import WTService
import WTStore

/// `wtc keys …`: the programs saved under reuse keys — list, show, history, diff, export, import.
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Look at and move the programs saved under reuse keys.",
        discussion: """
            Keys live in a workspace of the store (`local` is the one `wtc run` uses; the service's workspaces \
            are named by its API keys). Exit 0 ok, 64 usage, 65 an imported file does not check, 66 no such key \
            or revision, 69 the store cannot be opened.
            """,
        subcommands: [List.self, Show.self, History.self, Diff.self, Export.self, Import.self])

    struct Scope: ParsableArguments {
        @OptionGroup var store: StoreOptions

        @Option(name: .long, help: "The workspace (default: local, the one `wtc run` uses).")
        var workspace = WorkspacePrograms.localWorkspace
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Each key with its current revision.")
        @OptionGroup var scope: Scope

        func run() async throws {
            let store = try await scope.store.open()
            defer { Task { await store.close() } }
            for key in try await store.programKeys(workspace: scope.workspace) {
                guard let current = try await store.currentProgram(workspace: scope.workspace, key: key) else {
                    continue
                }
                Console.out(
                    "\(key)\trevision \(current.revision)\t\(current.reason.rawValue)\t\(Timestamps.text(current.savedAt))\n"
                )
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The key's current program (or --revision N).")
        @OptionGroup var scope: Scope
        @Argument var key: String
        @Option(name: .long) var revision: Int?

        func run() async throws {
            let store = try await scope.store.open()
            defer { Task { await store.close() } }
            let found =
                if let revision {
                    try await store.programRevision(workspace: scope.workspace, key: key, revision: revision)
                } else {
                    try await store.currentProgram(workspace: scope.workspace, key: key)
                }
            guard let found else { throw KeysCommand.missing(key, revision) }
            Console.out(found.source.hasSuffix("\n") ? found.source : found.source + "\n")
        }
    }

    struct History: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every revision: when, why and which run saved it.")
        @OptionGroup var scope: Scope
        @Argument var key: String

        func run() async throws {
            let store = try await scope.store.open()
            defer { Task { await store.close() } }
            let history = try await store.programHistory(workspace: scope.workspace, key: key)
            guard !history.isEmpty else { throw KeysCommand.missing(key, nil) }
            for revision in history {
                Console.out(
                    "revision \(revision.revision)\t\(Timestamps.text(revision.savedAt))\t\(revision.reason.rawValue)"
                        + "\t\(revision.savedBy)\n")
            }
        }
    }

    struct Diff: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A unified diff between two revisions of a key.")
        @OptionGroup var scope: Scope
        @Argument var key: String
        @Argument var from: Int
        @Argument var to: Int

        func run() async throws {
            let store = try await scope.store.open()
            defer { Task { await store.close() } }
            guard let old = try await store.programRevision(workspace: scope.workspace, key: key, revision: from) else {
                throw KeysCommand.missing(key, from)
            }
            guard let new = try await store.programRevision(workspace: scope.workspace, key: key, revision: to) else {
                throw KeysCommand.missing(key, to)
            }
            Console.out(
                ProgramDiff.unified(
                    old: old.source, new: new.source, from: "\(key) revision \(from)", to: "\(key) revision \(to)"))
        }
    }

    /// A key or revision that does not exist: said on stderr, exit 66.
    static func missing(_ key: String, _ revision: Int?) -> ExitCode {
        Console.error("wtc: error: no \(revision.map { "revision \($0) of " } ?? "")key '\(key)' in this workspace\n")
        return Exit.missingInput
    }
}
