import CDP
import Foundation
import Testing
import WTEngine
import WTTestSupport

/// Runs that share one browser (`Engine.Options.sharedBrowser`): one launch for many runs, a context of its
/// own for each, disposed of when the run ends.
@Suite(
    "Shared browser", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct SharedBrowserTests {
    @Test("four concurrent runs share one launched browser and see only their own cookie and storage")
    func concurrentRunsAreIsolated() async throws {
        let server = try LoopbackServer(routes: SharedBrowserSite.routes(parties: 4))
        try server.start()
        defer { server.stop() }
        let shared = SharedBrowser()
        let names = ["ann", "bob", "cat", "dan"]
        let seen = try await withThrowingTaskGroup(of: (String, [String: String]).self) { group in
            for name in names {
                group.addTask { (name, try await SharedBrowserSite.run(shared, server, who: name)) }
            }
            return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
        }
        for name in names {
            #expect(seen[name]?["together"] == "yes", "the four runs were not in their contexts at once")
            #expect(seen[name]?["cookie"] == "who=\(name)")
            #expect(seen[name]?["storage"] == name)
        }
        #expect(await shared.starts == 1)
        #expect(await shared.contextsInUse == 0)
        #expect(try await SharedBrowserSite.openContexts(shared).isEmpty)
        await shared.close()
    }

    @Test("runs one after another reuse the browser, and a run finds nothing the one before left")
    func sequentialRunsStartClean() async throws {
        let server = try LoopbackServer(routes: SharedBrowserSite.routes(parties: 1))
        try server.start()
        defer { server.stop() }
        let shared = SharedBrowser()
        let first = try await SharedBrowserSite.run(shared, server, who: "first")
        let pid = try await shared.current().process?.pid
        #expect(first["cookie"] == "who=first" && first["storage"] == "first")
        #expect(try await SharedBrowserSite.openContexts(shared).isEmpty)
        // The second run never sets anything: `/show` straight away sees no cookie and no storage.
        let outcome = try await EngineHarness.run(
            SharedBrowserSite.showOnlyProgram, parameters: ["base_url=\(server.baseURL)"], mode: .browser,
            shared: shared)
        let second = try EngineHarness.json(outcome.result?.json(pretty: false) ?? "{}") as? [String: String]
        #expect(outcome.failure == nil, "\(String(describing: outcome.failure))")
        #expect(second?["cookie"] == "none" && second?["storage"] == "none")
        #expect(try await shared.current().process?.pid == pid)
        #expect(await shared.starts == 1)
        await shared.close()
    }

    @Test("after close the browser process is gone and a run fails with the shared browser closed")
    func closeEndsTheBrowser() async throws {
        let server = try LoopbackServer(routes: SharedBrowserSite.routes(parties: 1))
        try server.start()
        defer { server.stop() }
        let shared = SharedBrowser()
        _ = try await SharedBrowserSite.run(shared, server, who: "once")
        let process = try #require(try await shared.current().process)
        await shared.close()
        #expect(await SharedBrowserSite.eventually { process.exitStatus != nil })
        await #expect(throws: EngineError.self) { try await SharedBrowserSite.run(shared, server, who: "late") }
        await #expect(throws: EngineError.self) { try await shared.current() }
    }

    @Test("a remote browser is connected once; its contexts are disposed of and close leaves it running")
    func remoteBrowserIsShared() async throws {
        let server = try LoopbackServer(routes: SharedBrowserSite.routes(parties: 2))
        try server.start()
        defer { server.stop() }
        let remote = RemoteChromium()
        let url = try remote.start()
        defer { remote.stop() }
        let shared = SharedBrowser(browserURL: url)
        async let ann = SharedBrowserSite.run(shared, server, who: "ann")
        async let bob = SharedBrowserSite.run(shared, server, who: "bob")
        let (a, b) = try await (ann, bob)
        #expect(a["cookie"] == "who=ann" && a["storage"] == "ann" && a["together"] == "yes")
        #expect(b["cookie"] == "who=bob" && b["storage"] == "bob" && b["together"] == "yes")
        #expect(await shared.starts == 1)
        #expect(try await shared.current().process == nil)
        #expect(try await SharedBrowserSite.openContexts(shared).isEmpty)
        await shared.close()
        #expect(remote.isRunning)
    }
}
