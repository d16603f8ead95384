import CDP
import Foundation
import Testing
import WTEngine
import WTRuntime
import WTTestSupport

/// `wait for` looks again as soon as the page changes (`PageChanges`), not only every poll interval: an
/// element that shows for a moment between two polls is seen.
@Suite(
    "Waits that follow the page", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct PageChangeWaitTests {
    /// `#flash` appears 1.5 s after the page's script runs and goes away 4 s later: after the wait's first
    /// look and the change watch it starts (a change between the two is not seen, which costs a real run
    /// one poll interval, 100 ms), and far sooner than the next poll of this test's 60 s interval.
    static let page = """
        <!DOCTYPE html><html><body><main id="main"></main><script>
        setTimeout(() => {
          const p = document.createElement('p');
          p.id = 'flash';
          p.textContent = 'flash';
          document.getElementById('main').appendChild(p);
          setTimeout(() => p.remove(), 4000);
        }, 1500);
        </script></body></html>
        """

    @Test("with a poll interval longer than the wait, an element showing for a moment is still seen")
    func seenBetweenPolls() async throws {
        let program = """
            program "flash"
            mode browser

            param base: url

            output seen: string

            open "{base}/flash"
            wait for exists "#flash" timeout 8s
            extract seen = text "#flash"
            """
        let routes = [LoopbackRoute("GET", "/flash") { _ in .html(Self.page) }]
        try await withLoopbackServer(routes: routes) { server in
            // The first look finds nothing; polling alone would look next at the deadline, when it is gone.
            let outcome = try await EngineHarness.run(
                program, parameters: ["base=\(server.url(""))"], mode: .browser, pollInterval: .seconds(60))
            #expect(outcome.failure == nil, "\(outcome.failure?.diagnostic.text ?? "")")
            #expect(outcome.result?[output: "seen"] == .string("flash"))
        }
    }
}
