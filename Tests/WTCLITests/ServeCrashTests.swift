import Foundation
import Testing
import WTDiagnostics
import WTSema
import WTStore
import WTTestSupport

/// `kill -9` of `wtc serve` at a random moment while it runs 20 tasks over four keys, then a restart on the
/// same store: every task still completes (the dead server's tasks are requeued once), the SQLite database
/// passes `PRAGMA integrity_check`, and each key holds exactly one whole revision — on the embedded store
/// and on PostgreSQL (under `scripts/with-postgres.sh`, which the README's test command uses).
@Suite(
    "wtc serve killed with -9 (built binary)", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/lib/chromium/chromium-headless-shell")))
struct ServeCrashTests {
    @Test(
        "nothing is lost, stuck or half saved when the server dies mid-run",
        arguments: [("sqlite", 0.4), ("sqlite", 1.2), ("sqlite", 2.5), ("postgres", 0.4), ("postgres", 1.5)])
    func killNine(backend: String, after seconds: Double) async throws {
        let site = try SampleSites.server("quotes")
        try site.start()
        defer { site.stop() }
        let data = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: data) }
        let url = backend == "postgres" ? try Self.freshDatabase() : nil
        let storeArguments = url.map { ["--store", $0] } ?? []
        let first = try Self.serve(data, storeArguments)
        defer { first.stop() }
        let api = try Self.address(first)
        var ids: [String] = []
        for n in 0..<20 {
            let body: [String: Any] = [
                "task": "Collect every quote tagged love, with its author and tags",
                "startUrl": site.url("/tag/love/"), "reuseKey": "key\(n % 4)",
            ]
            let started = try await ServeCommandTests.call(api, "POST", "/web-tasks/start", body: body)
            ids.append(try #require(started.json["webTaskId"] as? String))
        }
        // The kill point is this test's input (a moment in the runs), not a wait for something to happen.
        try await Task.sleep(for: .seconds(seconds))
        kill(first.process.processIdentifier, SIGKILL)
        #expect(first.waitForExit(seconds: 60))

        let second = try Self.serve(data, storeArguments)
        defer { second.stop() }
        let again = try Self.address(second)
        for id in ids {
            let done = try await ServeCommandTests.completed(again, id)
            #expect(done["outcome"] as? String == "success", "\(id): \(done)")
        }
        second.process.terminate()
        #expect(second.waitForExit(seconds: 60))
        if url == nil { #expect(try SQLiteStore.integrityCheck(directory: data) == ["ok"]) }
        let store = try await StoreOpener.open(store: url, dataDirectory: data)
        for key in 0..<4 {
            let history = try await store.programHistory(workspace: "ws1", key: "key\(key)")
            #expect(history.map(\.revision) == [1], "key\(key): \(history.map(\.revision))")
            for revision in history {
                var diagnostics = DiagnosticEngine()
                let file = SourceFile(path: "key\(key).wt", text: revision.source)
                #expect(FrontEnd.check(file, diagnostics: &diagnostics).checked != nil, "a half-saved revision")
            }
        }
        var requeued = 0
        for id in ids where try await store.task(workspace: "ws1", id: id)?.attempts ?? 0 > 1 { requeued += 1 }
        print("\(backend), killed after \(seconds) s: \(requeued) of 20 tasks ran again after the restart")
        await store.close()
    }

    static func serve(_ data: URL, _ store: [String]) throws -> BackgroundCLI {
        let transcript = Paths.samples.appendingPathComponent("quotes/agent/transcript.jsonl").path
        let serve = try BackgroundCLI(
            [
                "serve", "--port", "0", "--data-dir", data.path, "--transcript", transcript, "--workers", "2",
                "--allow-loopback",
                "--abandon-after", "2",
            ] + store,
            environment: ["WTC_API_KEYS": "ws1:\(ServeCommandTests.key)"])
        #expect(serve.waitForStderr(containing: "serving on", seconds: 60), "\(serve.stderr)")
        return serve
    }

    /// A new database in the throwaway cluster `scripts/with-postgres.sh` started; its URL.
    static func freshDatabase() throws -> String {
        guard let base = ProcessInfo.processInfo.environment["WTC_TEST_POSTGRES_URL"],
            let slash = base.lastIndex(of: "/")
        else { throw Missing(what: "WTC_TEST_POSTGRES_URL: run the tests under scripts/with-postgres.sh") }
        let name = "crash_\(UInt32.random(in: 0...UInt32.max))"
        let psql = Process()
        psql.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        psql.arguments = ["psql", base, "-q", "-c", "CREATE DATABASE \(name)"]
        try psql.run()
        psql.waitUntilExit()
        guard psql.terminationStatus == 0 else { throw Missing(what: "psql could not create \(name)") }
        return String(base[...slash]) + name
    }

    struct Missing: Error, CustomStringConvertible {
        var what: String
        var description: String { what }
    }

    static func address(_ serve: BackgroundCLI) throws -> String {
        try #require(serve.stderr.firstMatch(of: /http:\/\/127\.0\.0\.1:\d+/).map { String($0.0) })
    }
}
