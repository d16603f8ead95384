import CDP
import Foundation
import Testing
import WTEngine
import WTRuntime
import WTTestSupport

/// A click must reach the element it was aimed at or nothing: when the page moves something else under the
/// point between the look and the click, the driver looks again and clicks the element where it now is.
@Suite(
    "Clicks that reach their element", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct ClickGuardTests {
    /// The first time the pointer moves over "Next", a banner with a link of its own is inserted above it,
    /// pushing "Next" down: the press that follows at the same point lands on the banner.
    static let page = """
        <!DOCTYPE html><html><body style="margin:0">
        <div id="slot"></div>
        <p><a id="next" href="/arrived">Next</a></p>
        <script>
        let moved = false;
        document.getElementById('next').addEventListener('mousemove', () => {
          if (moved) return;
          moved = true;
          const banner = document.createElement('div');
          banner.id = 'banner';
          banner.style.cssText = 'height: 300px; background: #fc0';
          banner.textContent = 'Special offer';
          banner.addEventListener('click', () => { location.href = '/offer'; });
          document.getElementById('slot').appendChild(banner);
        });
        </script></body></html>
        """

    static let routes = [
        LoopbackRoute("GET", "/moving") { _ in .html(page) },
        LoopbackRoute("GET", "/arrived") { _ in .html("<title>Arrived</title><h1>Arrived</h1>") },
        LoopbackRoute("GET", "/offer") { _ in .html("<title>Offer</title><h1>Offer</h1>") },
    ]

    @Test("a click that something moved under lands on the element after all, never on what moved there")
    func movedUnderThePoint() async throws {
        let program = """
            program "moving"
            mode browser

            param base: url

            output heading: string

            open "{base}/moving"
            click "#next"
            extract heading = text "h1"
            """
        try await withLoopbackServer(routes: Self.routes) { server in
            let outcome = try await EngineHarness.run(program, parameters: ["base=\(server.url(""))"], mode: .browser)
            #expect(outcome.failure == nil, "\(outcome.failure?.diagnostic.text ?? "")")
            #expect(outcome.result?[output: "heading"] == .string("Arrived"))
            #expect(!server.requests.map(\.path).contains("/offer"))
        }
    }
}
