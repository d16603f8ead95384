import Foundation
import Testing
import WTTestSupport

/// Deadlines and a dying browser, through the built binary: every failure is prompt, names the step,
/// and leaves no process behind.
@Suite("wtc reliability (built binary)", .serialized)
struct ReliabilityTests {
    static func program(_ text: String) throws -> String {
        let file = try CLI.temporaryDirectory().appendingPathComponent("p.wt")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test(
        "a page that never finishes loading fails at --timeout, naming the step, in both modes",
        arguments: ["http", "browser"])
    func neverLoads(mode: String) async throws {
        let routes = [
            LoopbackRoute("GET", "/forever") { request in
                _ = request.pause(for: .seconds(20))
                return .html("<p>too late</p>")
            }
        ]
        let server = try LoopbackServer(routes: routes)
        try server.start()
        defer { server.stop() }
        let path = try Self.program("program \"p\"\n\nopen \"\(server.url("/forever"))\"\n")
        let result = try await CLI.run(["exec", path, "--mode", mode, "--quiet", "--timeout", "1s"])
        #expect(result.status == 70, "\(result.stderr)")
        #expect(result.stderr.contains("p.wt:3:1: error:"), "\(result.stderr)")
        #expect(result.stderr.contains("[run.timeout]"), "\(result.stderr)")
    }

    @Test("Chromium killed in the middle of a step fails the run promptly with exit 69 at that step")
    func browserKilled() async throws {
        let server = try SampleSites.server("quotes")
        try server.start()
        defer { server.stop() }
        let path = try Self.program(
            "program \"p\"\n\nopen \"\(server.url("/tag/love/"))\"\nwait for exists \".never\" timeout 60s\n")
        let marker = "wtc-kill-test-\(UUID().uuidString)"
        let run = try BackgroundCLI(
            ["exec", path, "--mode", "browser"], environment: ["WTC_ORPHAN_MARKER": marker])
        defer { run.stop() }
        // Kill it only once the run is inside the waiting step: the open step (line 3) has printed its
        // progress line.
        #expect(run.waitForStderr(containing: " line 3 ", seconds: 30), "\(run.stderr)")
        let pid = try #require(Self.browserPID(marked: marker), "the browser never started")
        kill(pid, SIGKILL)
        #expect(
            run.waitForExit(seconds: 10),
            "wtc did not notice the browser died within 10 s (\(run.status)); it wrote: \(run.stderr)")
        run.stop()
        #expect(run.process.terminationStatus == 69, "\(run.stderr)")
        #expect(run.stderr.contains("p.wt:4:1: error:"), "\(run.stderr)")
        #expect(NoOrphanTests.browsers(marked: marker) == 0)
    }

    /// The main browser process (the one holding the DevTools pipe) of the run marked `marker`.
    static func browserPID(marked marker: String) -> Int32? {
        let pids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for pid in pids.compactMap(Int32.init) {
            let cmdline = FileHandle(forReadingAtPath: "/proc/\(pid)/cmdline").flatMap { try? $0.readToEnd() }
            let environ = FileHandle(forReadingAtPath: "/proc/\(pid)/environ").flatMap { try? $0.readToEnd() }
            let command = String(decoding: cmdline ?? Data(), as: UTF8.self)
            if command.contains("--remote-debugging-pipe"),
                String(decoding: environ ?? Data(), as: UTF8.self).contains(marker)
            {
                return pid
            }
        }
        return nil
    }
}
