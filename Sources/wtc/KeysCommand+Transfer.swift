import ArgumentParser
import Foundation
import WTService

extension KeysCommand {
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write each key's current program as DIR/KEY.wt, with DIR/manifest.json.")
        @OptionGroup var scope: Scope
        @Argument var directory: String

        func run() async throws {
            let store = try await scope.store.open()
            defer { Task { await store.close() } }
            let keys = try await ProgramTransfer.export(
                store, workspace: scope.workspace, to: URL(fileURLWithPath: directory))
            Console.error("wtc: exported \(keys.count) key\(keys.count == 1 ? "" : "s") to \(directory)\n")
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check each DIR/KEY.wt and save it as a new revision (never over a newer one).")
        @OptionGroup var scope: Scope
        @Argument var directory: String

        func run() async throws {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
                Console.error("wtc: error: \(directory) is not a folder (give the folder `wtc keys export` wrote)\n")
                throw Exit.missingInput
            }
            let store = try await scope.store.open()
            defer { Task { await store.close() } }
            let outcomes = try await ProgramTransfer.importPrograms(
                store, workspace: scope.workspace, from: URL(fileURLWithPath: directory))
            var exit = Exit.ok
            for outcome in outcomes {
                switch outcome {
                case .saved(let key, let revision): Console.error("\(key): saved as revision \(revision)\n")
                case .unchanged(let key, let revision): Console.error("\(key): unchanged (revision \(revision))\n")
                case .newerInStore(let key, let stored, let exported):
                    Console.error(
                        "\(key): not imported: the store has revision \(stored), newer than the exported revision "
                            + "\(exported); export again and reapply your change\n")
                case .invalid(_, let diagnostics):
                    Console.error(diagnostics)
                    exit = Exit.invalidInput
                case .badName(let file):
                    Console.error("\(file): not imported: a key is 1 to 128 letters, digits, _ or -\n")
                    exit = Exit.invalidInput
                }
            }
            if exit != Exit.ok { throw exit }
        }
    }
}
