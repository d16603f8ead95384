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
    /// `#flash` appears after 200 ms and goes away 4 s later (long enough for a loaded machine to have
    /// started the wait, far shorter than the poll interval).
    static let page = """
        <!DOCTYPE html><html><body><main id="main"></main><script>
        setTimeout(() => {
          const p = document.createElement('p');
          p.id = 'flash';
          p.textContent = 'flash';
          document.getElementById('main').appendChild(p);
          setTimeout(() => p.remove(), 4000);
        }, 200);
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
