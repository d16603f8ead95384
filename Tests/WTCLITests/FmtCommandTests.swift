import Foundation
import Testing
import WTTestSupport

@Suite("wtc fmt (built binary)")
struct FmtCommandTests {
    static let messy = "program   \"p\"\n\n\n\nclick   css \"a\"   # why\nwait for exists \".x\" timeout 5000ms\n"
    static let canonical = "program \"p\"\n\nclick \"a\"  # why\nwait for exists \".x\" timeout 5s\n"

    @Test("fmt rewrites a file in place into canonical form, keeping comments")
    func rewrites() async throws {
        let file = try CLI.temporaryDirectory().appendingPathComponent("p.wt")
        try Self.messy.write(to: file, atomically: true, encoding: .utf8)
        let result = try await CLI.run(["fmt", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.canonical)
    }

    @Test("fmt --check exits 1 with a diff and leaves the file alone")
    func checkOnly() async throws {
        let file = try CLI.temporaryDirectory().appendingPathComponent("p.wt")
        try Self.messy.write(to: file, atomically: true, encoding: .utf8)
        let result = try await CLI.run(["fmt", "--check", file.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("-click   css \"a\"   # why"))
        #expect(result.stdout.contains("+click \"a\"  # why"))
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.messy)
    }

    @Test("fmt --check on the canonical samples exits 0 silently")
    func samplesAreCanonical() async throws {
        let result = try await CLI.run(["fmt", "--check"] + Paths.samplePrograms().map(\.path))
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("fmt never rewrites a file with syntax errors")
    func syntaxErrorsKeepTheFile() async throws {
        let file = try CLI.temporaryDirectory().appendingPathComponent("p.wt")
        let broken = "program \"p\"\n\nclick\nrepeat 3 {\n"
        try broken.write(to: file, atomically: true, encoding: .utf8)
        let result = try await CLI.run(["fmt", file.path])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("p.wt:3:"))
        #expect(try String(contentsOf: file, encoding: .utf8) == broken)
    }

    @Test("fmt - formats stdin to stdout")
    func stdin() async throws {
        let result = try await CLI.run(["fmt", "-"], stdin: Data(Self.messy.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == Self.canonical)
    }

    @Test("fmt of a missing file exits 66")
    func missing() async throws {
        #expect(try await CLI.run(["fmt", "/nonexistent.wt"]).status == 66)
    }
}
