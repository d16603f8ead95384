import CDP
import Foundation
import Testing
import WTTestSupport

/// `wtc run` and `wtc explore` on the built binary, the model played from the demo's recorded conversation
/// (no API key), the browser real.
@Suite(
    "wtc run and wtc explore (built binary)", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct AgentCommandTests {
    static let transcript = Paths.samples.appendingPathComponent("quotes/agent/transcript.jsonl").path
    static let task = "Collect every quote tagged love, with its author and tags"

    @Test("run twice on one key: the first explores and saves, the second replays with no model call and $0")
    func runTwice() async throws {
        let site = try SampleSites.server("quotes")
        try site.start()
        defer { site.stop() }
        let data = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: data) }
        let arguments = [
            "run", Self.task, "--start-url", site.url("/tag/love/"), "--reuse-key", "demo", "--data-dir", data.path,
            "--transcript", Self.transcript,
        ]
        let first = try await CLI.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("playing a recorded conversation"))
        #expect(first.stderr.contains("agent step 7: finish"))
        let report = try object(first.stdout)
        #expect(report["outcome"] as? String == "success")
        let reuse = try #require(report["reuse"] as? [String: Any])
        #expect(reuse["created"] as? Bool == true && reuse["used"] as? Bool == false)
        #expect(FileManager.default.fileExists(atPath: data.appendingPathComponent("wtc.sqlite").path))
        let second = try await CLI.run(arguments)
        #expect(second.status == 0, "\(second.stderr)")
        let again = try object(second.stdout)
        let reused = try #require(again["reuse"] as? [String: Any])
        #expect(reused["used"] as? Bool == true && reused["updated"] as? Bool == false)
        #expect((again["cost"] as? [String: Any])?["aiUsd"] as? Double == 0)
        #expect((again["ledger"] as? [String: Any])?["modelCalls"] as? Int == 0)
        #expect(!second.stderr.contains("agent step"))
    }

    @Test("explore writes the verified program with -o; the program runs with wtc exec")
    func explore() async throws {
        let site = try SampleSites.server("quotes")
        try site.start()
        defer { site.stop() }
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let program = folder.appendingPathComponent("quotes.wt").path
        // The transcript's first call is the classification `wtc run` makes; explore makes none, so it starts
        // one call in: a copy without the first line.
        let lines = try String(contentsOfFile: Self.transcript, encoding: .utf8).split(separator: "\n").dropFirst()
        let transcript = folder.appendingPathComponent("explore.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: transcript, atomically: true, encoding: .utf8)
        let result = try await CLI.run([
            "explore", Self.task, "--start-url", site.url("/tag/love/"), "--transcript", transcript.path, "-o", program,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try object(result.stdout)["quotes"] as? [Any] != nil)
        let exec = try await CLI.run(["exec", program, "--quiet", "--param", "start_url=\(site.url("/tag/love/"))"])
        #expect(exec.status == 0, "\(exec.stderr)")
        #expect(exec.stdout.contains("Marta Ilves"))
    }

    @Test("bad input is a usage error naming the field, before any browser or model")
    func badInput() async throws {
        let cases: [([String], String)] = [
            (["run", "  ", "--start-url", "http://127.0.0.1:1/"], "task"),
            (["run", "x", "--start-url", "file:///etc/passwd"], "startUrl"),
            (["run", "x", "--start-url", "http://127.0.0.1:1/", "--param", "noequals"], "--param noequals"),
            (["run", "x", "--start-url", "http://127.0.0.1:1/", "--param", "p=1", "--secret", "q"], "secrets"),
            (
                ["explore", "x", "--start-url", "http://127.0.0.1:1/", "--output-schema", "/nonexistent.json"],
                "--output-schema"
            ),
        ]
        for (arguments, field) in cases {
            let result = try await CLI.run(arguments, environment: ["ANTHROPIC_API_KEY": ""])
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(field), "\(arguments): \(result.stderr)")
        }
    }

    @Test("without an API key or a transcript, the run says what to set (exit 69)")
    func noKey() async throws {
        let result = try await CLI.run(
            ["run", "x", "--start-url", "http://127.0.0.1:1/"],
            environment: ["ANTHROPIC_API_KEY": "", "WTC_OPENAI_BASE_URL": "", "WTC_TRANSCRIPT_REPLAY": ""])
        #expect(result.status == 69)
        #expect(result.stderr.contains("ANTHROPIC_API_KEY"))
    }

    private func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}
