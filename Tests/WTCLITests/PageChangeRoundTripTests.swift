import Foundation
import Synchronization
import Testing
import WTTestSupport

/// The checks the compiler adds for what an action changed, in real Chromium: a settings page whose Save
/// button shows a confirmation from a script, after a moment. Recorded and compiled, the program waits
/// for the confirmation; when Save silently stops working, the compiled program fails at that step while
/// the program it was recorded from still "succeeds".
@Suite("Checks for what an action changed, in Chromium (built binary)", .serialized)
struct PageChangeRoundTripTests {
    static let program = """
        program "settings"
        mode browser

        param base_url: url = "http://127.0.0.1:8000"

        output user: string

        open "{base_url}/settings"
        click "#close-welcome"
        click "#save"
        extract user = text "#user"

        """

    /// How Save behaves: the confirmation at once, after 400 ms, or never.
    enum Save: Int {
        case instant, slow, broken
    }

    /// The page, with Save behaving as `save` says.
    static func page(_ save: Save) -> String {
        let show =
            "const t = document.createElement('div'); t.id = 'saved'; t.className = 'toast'; "
            + "t.textContent = 'Saved'; document.querySelector('main').append(t);"
        let script =
            switch save {
            case .instant: show
            case .slow: "setTimeout(() => { \(show) }, 400);"
            case .broken: ""
            }
        return """
            <!doctype html><html><head><title>Settings</title></head><body>
            <div class="modal" id="welcome"><p>Hello</p><button id="close-welcome">Close</button></div>
            <main><h1>Settings</h1><span id="user">Ada</span><button id="save">Save</button></main>
            <script>
            document.getElementById('close-welcome').onclick = () => document.getElementById('welcome').remove();
            document.getElementById('save').onclick = () => { \(script) };
            </script></body></html>
            """
    }

    @Test("the compiled program waits for the confirmation, however late, and fails when Save stops working")
    func savedOrNot() async throws {
        let save = Atomic<Int>(Save.instant.rawValue)
        let server = try LoopbackServer(routes: [
            LoopbackRoute("GET", "/settings") { _ in
                .html(Self.page(Save(rawValue: save.load(ordering: .relaxed)) ?? .broken))
            }
        ])
        try server.start()
        defer { server.stop() }
        let work = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let source = work.appendingPathComponent("settings.wt")
        try Self.program.write(to: source, atomically: true, encoding: .utf8)
        let trace = work.appendingPathComponent("trace").path
        let parameters = ["--param", "base_url=\(server.baseURL)"]

        let recorded = try await CLI.run(["exec", source.path, "--quiet", "--trace", trace] + parameters)
        try #require(recorded.status == 0, "recording failed: \(recorded.stderr)")
        let compiledPath = work.appendingPathComponent("compiled.wt").path
        let compiled = try await CLI.run(["compile", trace, "-o", compiledPath])
        try #require(compiled.status == 0, "compile failed: \(compiled.stderr)")
        let text = try String(contentsOfFile: compiledPath, encoding: .utf8)
        #expect(text.contains(##"wait for not exists "#welcome""##), "\(text)")
        #expect(text.contains(##"wait for exists "#saved""##), "\(text)")
        let replayed = try await CLI.run(["exec", compiledPath, "--quiet"] + parameters)
        #expect(replayed.status == 0, "\(replayed.stderr)\n\(text)")
        #expect(replayed.stdout.contains("\"Ada\""))

        save.store(Save.slow.rawValue, ordering: .relaxed)
        let late = try await CLI.run(["exec", compiledPath, "--quiet"] + parameters)
        #expect(late.status == 0, "a confirmation that comes late is waited for: \(late.stderr)")

        save.store(Save.broken.rawValue, ordering: .relaxed)
        let original = try await CLI.run(["exec", source.path, "--quiet"] + parameters)
        #expect(original.status == 0, "the recorded program has no check, so it cannot notice: \(original.stderr)")
        let broken = try await CLI.run(["exec", compiledPath, "--quiet", "--timeout", "2s"] + parameters)
        #expect(broken.status != 0, "\(broken.stdout)")
        #expect(broken.stderr.contains("#saved"), "\(broken.stderr)")
    }
}
