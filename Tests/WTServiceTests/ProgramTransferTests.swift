import Foundation
import Testing
import WTService
import WTStore

/// `wtc keys export` / `import`: programs out to files and back as new revisions, never over newer ones.
@Suite("Program export and import")
struct ProgramTransferTests {
    static let program = """
        program "t"

        output title: string

        open "http://127.0.0.1:9/"
        extract title = text "h1"

        """

    @Test("export writes KEY.wt and a manifest; an edited file imports as a new revision, an unchanged one not")
    func roundTrip() async throws {
        try await AgentTestKit.withFolder("wtc-transfer") { folder in
            let store = try SQLiteStore(directory: folder.appendingPathComponent("db"))
            let first = NewProgramRevision(source: Self.program, savedBy: "wt_1", reason: .created)
            _ = try await store.saveProgram(first, workspace: "w", key: "news", expected: nil)
            let out = folder.appendingPathComponent("programs")
            #expect(try await ProgramTransfer.export(store, workspace: "w", to: out) == ["news"])
            let file = out.appendingPathComponent("news.wt")
            #expect(try String(contentsOf: file, encoding: .utf8) == Self.program)
            #expect(
                try await ProgramTransfer.importPrograms(store, workspace: "w", from: out)
                    == [.unchanged(key: "news", revision: 1)])
            try Self.program.replacingOccurrences(of: "\"h1\"", with: "\"h1.title\"").write(
                to: file, atomically: true, encoding: .utf8)
            #expect(
                try await ProgramTransfer.importPrograms(store, workspace: "w", from: out)
                    == [.saved(key: "news", revision: 2)])
            let saved = try await store.currentProgram(workspace: "w", key: "news")
            #expect(saved?.reason == .imported && saved?.source.contains("h1.title") == true)
        }
    }

    @Test("a file exported before a newer revision landed is refused; a file that does not check is located")
    func refusals() async throws {
        try await AgentTestKit.withFolder("wtc-transfer") { folder in
            let store = try SQLiteStore(directory: folder.appendingPathComponent("db"))
            let first = NewProgramRevision(source: Self.program, savedBy: "wt_1", reason: .created)
            _ = try await store.saveProgram(first, workspace: "w", key: "news", expected: nil)
            let out = folder.appendingPathComponent("programs")
            _ = try await ProgramTransfer.export(store, workspace: "w", to: out)
            let repaired = NewProgramRevision(source: Self.program + "# repaired\n", savedBy: "wt_2", reason: .repaired)
            _ = try await store.saveProgram(repaired, workspace: "w", key: "news", expected: 1)
            try (Self.program + "# my edit\n").write(
                to: out.appendingPathComponent("news.wt"), atomically: true, encoding: .utf8)
            try "program \"b\"\n\nopen 42\n".write(
                to: out.appendingPathComponent("broken.wt"), atomically: true, encoding: .utf8)
            let outcomes = try await ProgramTransfer.importPrograms(store, workspace: "w", from: out)
            #expect(outcomes.count == 2)
            guard case .invalid(let key, let diagnostics) = outcomes.first else {
                Issue.record("\(outcomes)")
                return
            }
            #expect(key == "broken" && diagnostics.contains("broken.wt:3:"), "\(diagnostics)")
            #expect(outcomes.last == .newerInStore(key: "news", stored: 2, exported: 1))
            #expect(try await store.currentProgram(workspace: "w", key: "news")?.revision == 2)
        }
    }
}
