import Foundation
import Testing
import WTStore
import WTTestSupport

/// Three `wtc serve` processes on one PostgreSQL database, as three machines would run them, with a model
/// that answers every conversation at once (the scripted quotes exploration and the scripted repair of its
/// v2 site, each reply computed from the observations it was sent). 200 tasks over 10 keys, submitted
/// round-robin to the three: the first half on the quotes site (the first run of a key explores, later ones
/// replay), then the site changes and the second half runs on v2 (the first run of a key repairs, the others
/// replay the repair or wait for it); every 13th task points at a dead address and fails. Each task runs
/// exactly once; each key ends with exactly two revisions, explored then repaired, each saved by a run that
/// succeeded; no failed run updates a key; the model sees one exploration and one repair per key.
@Suite(
    "three wtc serve processes on one PostgreSQL (built binary)", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/lib/chromium/chromium-headless-shell")))
struct ServeClusterTests {
    struct Submitted {
        var id: String
        var key: String
        var fails: Bool
    }

    @Test("200 tasks over 10 keys, explored, then repaired after a site change: each runs once, nothing lost")
    func threeServers() async throws {
        let v1 = try SampleSites.server("quotes")
        try v1.start()
        defer { v1.stop() }
        let v2 = try SampleSiteRevisions.server("quotes", revision: 2)
        try v2.start()
        defer { v2.stop() }
        let model = try FakeModelServer(routing: Self.conversation)
        try model.start()
        defer { model.stop() }
        let data = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: data) }
        let url = try ServeCrashTests.freshDatabase()
        var servers: [BackgroundCLI] = []
        defer { for server in servers { server.stop() } }
        for n in 0..<3 {
            servers.append(try Self.serve(data.appendingPathComponent("server\(n)"), store: url, model: model.baseURL))
        }
        let apis = try servers.map(ServeCrashTests.address)

        let before = try await Self.submit(100, from: 0, site: v1, to: apis)
        try await Self.expectCompleted(before, at: apis[0])
        let after = try await Self.submit(100, from: 100, site: v2, to: apis)
        try await Self.expectCompleted(after, at: apis[0])

        let store = try await StoreOpener.open(store: url, dataDirectory: data)
        try await Self.expectRanOnce(before + after, store: store)
        let failed = Set((before + after).filter(\.fails).map(\.id))
        for key in 0..<10 {
            let history = try await store.programHistory(workspace: "ws1", key: "key\(key)")
            #expect(history.map(\.revision) == [1, 2], "key\(key): \(history.map(\.revision))")
            #expect(history.map(\.reason) == [.created, .repaired], "key\(key): \(history.map(\.reason))")
            #expect(history.allSatisfy { !failed.contains($0.savedBy) }, "key\(key) saved by a failed run")
        }
        await store.close()
        let openings = model.requests.filter { request in
            !request.messages.contains { $0["role"]?.stringValue == "assistant" }
        }
        let explorations = openings.filter { Self.kind(of: $0) == .explore }.count
        let repairs = openings.filter { Self.kind(of: $0) == .repair }.count
        #expect(explorations == 10 && repairs == 10, "\(explorations) explorations, \(repairs) repairs")
        for violation in model.violations { Issue.record("fake model: \(violation)") }
        print("cluster: 200 tasks, \(explorations) explorations, \(repairs) repairs, \(failed.count) failed")
    }

    enum Kind { case classify, explore, repair }

    /// A conversation's kind, read from the tools its requests offer.
    static func kind(of request: FakeModelRequest) -> Kind {
        if request.toolNames == ["classify"] { return .classify }
        return request.toolNames.contains("resume_program") ? .repair : .explore
    }

    static func conversation(_ request: FakeModelRequest) -> [FakeModelTurn]? {
        switch kind(of: request) {
        case .classify:
            [AgentScripts.call("classify", #"{"verdict": "ok", "reason": "Reading public quotes."}"#, turn: 1)]
        case .explore: AgentScripts.quotes
        case .repair: AgentScripts.quotesV2Mend
        }
    }

    static func serve(_ folder: URL, store: String, model: String) throws -> BackgroundCLI {
        let serve = try BackgroundCLI(
            [
                "serve", "--port", "0", "--data-dir", folder.path, "--store", store, "--workers", "2",
                "--allow-loopback",
                // Ten seconds without a heartbeat before another server takes a task over: long enough that a
                // busy machine (three servers, their browsers, a build) does not look like a dead one, which
                // would run the task a second time — correctly, but this test counts runs.
                "--abandon-after", "10",
            ],
            environment: [
                "WTC_API_KEYS": "ws1:\(ServeCommandTests.key)", "ANTHROPIC_BASE_URL": model,
                "ANTHROPIC_API_KEY": "test-key", "WTC_TRANSCRIPT_REPLAY": "", "WTC_OPENAI_BASE_URL": "",
            ])
        #expect(serve.waitForStderr(containing: "serving on", seconds: 60), "\(serve.stderr)")
        return serve
    }

    /// Submits `count` tasks numbered from `first`, round-robin over the servers and the ten keys.
    static func submit(_ count: Int, from first: Int, site: LoopbackServer, to apis: [String]) async throws
        -> [Submitted]
    {
        var submitted: [Submitted] = []
        for n in first..<(first + count) {
            let fails = n % 13 == 12
            let body: [String: Any] = [
                "task": "Collect every quote tagged love, with its author and tags",
                "startUrl": fails ? "http://127.0.0.1:9/tag/love/" : site.url("/tag/love/"), "reuseKey": "key\(n % 10)",
            ]
            let started = try await ServeCommandTests.call(apis[n % 3], "POST", "/web-tasks/start", body: body)
            submitted.append(
                Submitted(id: try #require(started.json["webTaskId"] as? String), key: "key\(n % 10)", fails: fails))
        }
        return submitted
    }

    static func expectCompleted(_ tasks: [Submitted], at api: String) async throws {
        for task in tasks {
            let done = try await ServeCommandTests.completed(api, task.id)
            #expect(done["outcome"] as? String == (task.fails ? "failed" : "success"), "\(task.id): \(done)")
            if task.fails { #expect((done["reuse"] as? [String: Any])?["updated"] as? Bool != true) }
        }
    }

    /// Every task ran once (`attempts == 1`), and the three servers all ran some.
    static func expectRanOnce(_ tasks: [Submitted], store: any DataStore) async throws {
        var runners: Set<String> = []
        for task in tasks {
            let record = try #require(try await store.task(workspace: "ws1", id: task.id))
            #expect(record.attempts == 1, "\(task.id) ran \(record.attempts) times")
            if let worker = record.claimedBy?.split(separator: "/").first { runners.insert(String(worker)) }
        }
        #expect(runners.count == 3, "tasks ran on \(runners.sorted())")
    }
}
