import CDP
import Foundation
import Testing
import WTAgent
import WTCompile
import WTEngine
import WTRuntime
import WTService
import WTTestSupport
import WTTrace

/// Exploration end to end on real Chromium: the scripted model acts through the refs of real
/// observations, the trace is compiled, and the program is replayed from a clean start.
@Suite(
    "Exploration", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct ExplorationTests {
    @Test("the quotes task: a corrected extraction and three pages compile to a program that returns the same")
    func quotes() async throws {
        let site = try SampleSites.server("quotes")
        try site.start()
        defer { site.stop() }
        try await withFakeModelServer(AgentScripts.quotes) { model in
            let outcome = await Exploration.explore(
                ExplorationHarness.request(
                    "Collect every quote tagged love with its author and tags", start: site.url("/tag/love/")),
                services: ExplorationHarness.services(model))
            model.expectScriptPlayed()
            let expected = try ExplorationHarness.expected("quotes")
            #expect(outcome.result?.isSame(as: expected) == true)
            #expect(outcome.whyNoProgram == nil)
            let program = try #require(outcome.program)
            #expect(program.contains("small.author"), "the corrected selector, not the first try:\n\(program)")
            #expect(!program.contains("author-name"))
        }
    }
}
