import CDP
import Foundation
import Testing
import WTTestSupport

/// A program that works inside nested `<frameset>` frames, recorded with `--trace`, compiled and run again
/// in Chromium: the compiled program scopes its steps by the frames' names and reads the same outputs.
@Suite(
    "Framesets recorded and compiled (built binary)", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct FramesetRoundTripTests {
    static let program = FramesetSite.program()

    @Test("the compiled program enters the frames by name and returns what the recorded run returned")
    func roundTrip() async throws {
        let server = try LoopbackServer(routes: FramesetSite.routes)
        try server.start()
        defer { server.stop() }
        let run = try TraceRoundTrip(program: Self.program, name: "frameset")
        defer { run.close() }
        let parameters = ["--param", "start=\(FramesetSite.url(server, sideHost: "localhost"))"]

        let recorded = try await run.record(parameters)
        try #require(recorded.status == 0, "recording failed: \(recorded.stderr)")
        #expect(recorded.stdout.contains("\"Found pears\""), "\(recorded.stdout)")
        let compiled = try await run.compile()
        try #require(compiled.status == 0, "compile failed: \(compiled.stderr)")
        let text = run.compiled
        for name in ["top", "middle", "side", "main"] {
            #expect(text.contains("within \"frame[name=\(name)]\""), "\(text)")
        }
        let replayed = try await run.replay(parameters)
        #expect(replayed.status == 0, "\(replayed.stderr)\n\(text)")
        #expect(replayed.stdout == recorded.stdout, "\(text)")
    }
}
