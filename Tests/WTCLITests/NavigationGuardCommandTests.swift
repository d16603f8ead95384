import CDP
import Foundation
import Testing
import WTTestSupport

/// `wtc exec` refuses to open what the navigation guard refuses, before Chromium loads anything, and
/// `--allow-navigation` lets a named scheme through.
@Suite(
    "wtc exec --allow-navigation (built binary)", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct NavigationGuardCommandTests {
    static let program = """
        program "local file"
        mode browser

        param page: string

        output heading: string

        open "{page}"
        extract heading = text "h1"
        """

    /// Runs the program on a local HTML file with `extra` arguments.
    static func run(_ extra: [String]) async throws -> CLIResult {
        let work = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let page = work.appendingPathComponent("page.html")
        try "<!DOCTYPE html><title>Local</title><h1>From disk</h1>".write(to: page, atomically: true, encoding: .utf8)
        let path = work.appendingPathComponent("local.wt")
        try program.write(to: path, atomically: true, encoding: .utf8)
        return try await CLI.run(["exec", path.path, "--quiet", "--param", "page=\(page.absoluteString)"] + extra)
    }

    @Test("a file: page is refused with the step, the reason and how to allow it, and opened when allowed")
    func fileScheme() async throws {
        let refused = try await Self.run([])
        #expect(refused.status == 70)
        #expect(refused.stderr.contains("refused by the navigation guard: file: addresses are refused"))
        #expect(refused.stderr.contains("[run.navigation-refused]"))
        #expect(refused.stderr.contains("add 'file:' to the navigation allow list"))
        #expect(refused.stdout.isEmpty)
        let allowed = try await Self.run(["--allow-navigation", "file:"])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stdout.contains("From disk"))
    }
}
