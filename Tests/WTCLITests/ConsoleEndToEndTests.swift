import Foundation
import Testing
import WTTestSupport

/// The console tested by wtc itself: the `.wt` programs in `Console/` run by the built `wtc exec` in
/// Chromium against a `wtc serve` on loopback (the quotes sample site, the recorded model conversation).
@Suite(
    "the console in a real browser (wtc exec against wtc serve)", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/lib/chromium/chromium-headless-shell")))
struct ConsoleEndToEndTests {
    static let key = "console-e2e-key-0123456789"
    static let programs = Paths.repositoryRoot().appendingPathComponent("Tests/WTCLITests/Console")

    @Test("sign in, start a task, wait for it, read its result and cost, replay it, open its key and diff, sign out")
    func startAndReview() async throws {
        let site = try SampleSites.server("quotes")
        try site.start()
        defer { site.stop() }
        try await Self.withServe { base in
            let run = try await CLI.run([
                "exec", Self.programs.appendingPathComponent("run-task.wt").path, "--quiet", "--mode", "browser",
                "--param", "base=\(base)", "--param", "key=\(Self.key)", "--param", "site=\(site.url(""))",
            ])
            #expect(run.status == 0, "\(run.stderr)")
            let output = Self.json(run.stdout)
            #expect(output["outcome"] as? String == "success")
            #expect((output["cost"] as? String)?.hasPrefix("$") == true)
            #expect(output["first_author"] as? String == "\"Marta Ilves\"")
            #expect(output["replay_cost"] as? String == "$0")
            #expect(output["runs_charted"] as? Bool == true)
            #expect(output["revisions"] as? Int == 1)
            #expect(output["same_program"] as? Bool == true)
            #expect(output["signed_out"] as? Bool == true)
            #expect((output["report_steps"] as? Int ?? 0) >= 5, "the task page shows the run report's steps")
        }
    }

    @Test("a wrong API key shows the sign-in form again with what to do")
    func wrongKey() async throws {
        try await Self.withServe { base in
            let run = try await CLI.run([
                "exec", Self.programs.appendingPathComponent("wrong-key.wt").path, "--quiet", "--param", "base=\(base)",
            ])
            #expect(run.status == 0, "\(run.stderr)")
            #expect((Self.json(run.stdout)["message"] as? String)?.hasPrefix("That API key was not accepted") == true)
        }
    }

    /// Runs `body` with the base URL of a fresh `wtc serve` (its own store, the recorded conversation).
    static func withServe(_ body: (String) async throws -> Void) async throws {
        let data = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: data) }
        let transcript = Paths.samples.appendingPathComponent("quotes/agent/transcript.jsonl").path
        let serve = try BackgroundCLI(
            ["serve", "--port", "0", "--data-dir", data.path, "--transcript", transcript, "--allow-loopback"],
            environment: ["WTC_API_KEYS": "ws1:\(key)"])
        defer { serve.stop() }
        #expect(serve.waitForStderr(containing: "serving on", seconds: 60), "\(serve.stderr)")
        let base = try #require(serve.stderr.firstMatch(of: /http:\/\/127\.0\.0\.1:\d+/).map { String($0.0) })
        try await body(base)
    }

    static func json(_ text: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }
}
