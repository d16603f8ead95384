import CDP
import Foundation
import Testing
import WTEngine
import WTTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// A shared browser that dies: the run using it fails, the next run gets a new browser.
@Suite(
    "Shared browser after a crash", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct SharedBrowserCrashTests {
    @Test("kill -9 of the browser fails the run on it, and the next run gets a newly launched browser")
    func killedBrowserIsRelaunched() async throws {
        let hanging = Visits()
        let server = try LoopbackServer(routes: SharedBrowserSite.routes(parties: 1, hanging: hanging))
        try server.start()
        defer { server.stop() }
        let shared = SharedBrowser()
        let process = try #require(try await shared.current().process)
        let stuck = Task {
            try await EngineHarness.run(
                SharedBrowserSite.hangingProgram, parameters: ["base_url=\(server.baseURL)"], mode: .browser,
                shared: shared)
        }
        #expect(await SharedBrowserSite.eventually { hanging.now == 1 }, "the run never reached /hang")
        kill(process.pid, SIGKILL)
        let outcome = try? await stuck.value
        #expect(outcome?.result == nil, "a run on a killed browser cannot have finished")
        #expect(await shared.contextsInUse == 0)

        let after = try await SharedBrowserSite.run(shared, server, who: "next")
        #expect(after["cookie"] == "who=next" && after["storage"] == "next")
        let relaunched = try #require(try await shared.current().process)
        #expect(relaunched.pid != process.pid)
        #expect(await shared.starts == 2)
        #expect(try await SharedBrowserSite.openContexts(shared).isEmpty)
        await shared.close()
    }

    @Test("a browser killed between runs is replaced before the next run starts, which then succeeds")
    func browserKilledBetweenRunsIsReplaced() async throws {
        let server = try LoopbackServer(routes: SharedBrowserSite.routes(parties: 1))
        try server.start()
        defer { server.stop() }
        let shared = SharedBrowser()
        _ = try await SharedBrowserSite.run(shared, server, who: "before")
        let process = try #require(try await shared.current().process)
        kill(process.pid, SIGKILL)
        // No waiting for the death to be noticed: the next run must cope whether or not it has been.
        let after = try await SharedBrowserSite.run(shared, server, who: "after")
        #expect(after["cookie"] == "who=after" && after["storage"] == "after")
        #expect(await shared.starts == 2)
        await shared.close()
    }
}
