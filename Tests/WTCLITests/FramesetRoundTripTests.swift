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
    func roundTrip() throws {
        let server = try LoopbackServer(routes: FramesetSite.routes)
        try server.start()
        defer { server.stop() }
        let work = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let source = work.appendingPathComponent("frameset.wt")
        try Self.program.write(to: source, atomically: true, encoding: .utf8)
        let trace = work.appendingPathComponent("trace").path
        let parameters = ["--param", "start=\(FramesetSite.url(server, sideHost: "localhost"))"]

        let recorded = try CLI.run(["exec", source.path, "--quiet", "--trace", trace] + parameters)
        try #require(recorded.status == 0, "recording failed: \(recorded.stderr)")
        #expect(recorded.stdout.contains("\"Found pears\""), "\(recorded.stdout)")
        let compiledPath = work.appendingPathComponent("compiled.wt").path
        let compiled = try CLI.run(["compile", trace, "-o", compiledPath])
        try #require(compiled.status == 0, "compile failed: \(compiled.stderr)")
        let text = try String(contentsOfFile: compiledPath, encoding: .utf8)
        for name in ["top", "middle", "side", "main"] {
            #expect(text.contains("within \"frame[name=\(name)]\""), "\(text)")
        }
        let replayed = try CLI.run(["exec", compiledPath, "--quiet"] + parameters)
        #expect(replayed.status == 0, "\(replayed.stderr)\n\(text)")
        #expect(replayed.stdout == recorded.stdout, "\(text)")
    }
}
