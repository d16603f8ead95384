import Foundation
import Testing
import WTStore
import WTTestSupport

/// Three `wtc serve` processes on one PostgreSQL database, as three machines would run them: 200 tasks over
/// 10 keys submitted round-robin to the three (the first run of a key explores with the recorded
/// conversation, later ones replay, every 13th points at a dead address and fails). Each task runs exactly
/// once, on one of the servers; each key gets exactly one revision; no failed run updates a key.
@Suite(
    "three wtc serve processes on one PostgreSQL (built binary)", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/lib/chromium/chromium-headless-shell")))
struct ServeClusterTests {
    @Test("200 tasks over 10 keys: each runs once, one revision per key, failures change nothing")
    func threeServers() async throws {
        let site = try SampleSites.server("quotes")
        try site.start()
        defer { site.stop() }
        let data = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: data) }
        let url = try ServeCrashTests.freshDatabase()
        var servers: [BackgroundCLI] = []
        defer { for server in servers { server.stop() } }
        for n in 0..<3 {
            let folder = data.appendingPathComponent("server\(n)")
            servers.append(try ServeCrashTests.serve(folder, ["--store", url]))
        }
        let apis = try servers.map(ServeCrashTests.address)
        var submitted: [(id: String, key: String, fails: Bool)] = []
        for n in 0..<200 {
            let fails = n % 13 == 12
            let body: [String: Any] = [
                "task": "Collect every quote tagged love, with its author and tags",
                "startUrl": fails ? "http://127.0.0.1:9/tag/love/" : site.url("/tag/love/"), "reuseKey": "key\(n % 10)",
            ]
            let started = try await ServeCommandTests.call(apis[n % 3], "POST", "/web-tasks/start", body: body)
            submitted.append((try #require(started.json["webTaskId"] as? String), "key\(n % 10)", fails))
        }
        for task in submitted {
            let done = try await ServeCommandTests.completed(apis[0], task.id)
            #expect(done["outcome"] as? String == (task.fails ? "failed" : "success"), "\(task.id): \(done)")
            if task.fails { #expect((done["reuse"] as? [String: Any])?["updated"] as? Bool != true) }
        }
        let store = try await StoreOpener.open(store: url, dataDirectory: data)
        var runners: Set<String> = []
        for task in submitted {
            let record = try #require(try await store.task(workspace: "ws1", id: task.id))
            #expect(record.attempts == 1, "\(task.id) ran \(record.attempts) times")
            if let worker = record.claimedBy?.split(separator: "/").first { runners.insert(String(worker)) }
        }
        #expect(runners.count == 3, "tasks ran on \(runners.sorted())")
        for key in 0..<10 {
            let history = try await store.programHistory(workspace: "ws1", key: "key\(key)")
            #expect(history.map(\.revision) == [1], "key\(key): \(history.map(\.revision))")
        }
        await store.close()
    }
}
