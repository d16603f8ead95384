import Foundation
import Testing
import WTTestSupport

/// Browser-mode features of the commands, through the built binary and real Chromium.
@Suite("wtc in browser mode (built binary)", .serialized)
struct BrowserCommandTests {
    static let quotes = Paths.samples.appendingPathComponent("quotes/program.wt").path

    @Test("query --browser runs the page's scripts before selecting")
    func queryRendersScripts() async throws {
        let page =
            "<ul id=l></ul><script>for (const t of ['a', 'b']) { const li = document.createElement('li');"
            + " li.textContent = t; document.getElementById('l').append(li) }</script>"
        let routes = [LoopbackRoute("GET", "/js") { _ in .html(page) }]
        let server = try LoopbackServer(routes: routes)
        try server.start()
        defer { server.stop() }
        #expect(try await CLI.run(["query", "ul#l li", server.url("/js")]).status == 1)
        let rendered = try await CLI.run(["query", "ul#l li", server.url("/js"), "--browser"])
        #expect(rendered.status == 0, "\(rendered.stderr)")
        #expect(rendered.stdout == "a\nb\n")
    }

    @Test("--screenshots saves a PNG after each action and one of the final page")
    func screenshots() async throws {
        let server = try SampleSites.server("quotes")
        try server.start()
        defer { server.stop() }
        let dir = try CLI.temporaryDirectory().appendingPathComponent("shots")
        let result = try await CLI.run([
            "exec", Self.quotes, "--quiet", "--mode", "browser", "--screenshots", dir.path,
            "--param", "base_url=\(server.baseURL)",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(files == ["001-open.png", "002-click.png", "003-click.png", "final.png"])
        let png = try Data(contentsOf: dir.appendingPathComponent("final.png"))
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    }

    @Test("a failing browser run says where the screenshot of the failure is")
    func failureScreenshot() async throws {
        let server = try SampleSites.server("rates")
        try server.start()
        defer { server.stop() }
        let program = try CLI.temporaryDirectory().appendingPathComponent("p.wt")
        try "program \"p\"\n\nopen \"\(server.url("/rates/"))\"\nexpect exists \".quote\"\n"
            .write(to: program, atomically: true, encoding: .utf8)
        let result = try await CLI.run(["exec", program.path, "--mode", "browser", "--quiet"])
        #expect(result.status == 70)
        let line = try #require(result.stderr.split(separator: "\n").first { $0.contains("screenshot of the page") })
        let path = String(line.split(separator: ": ").last ?? "")
        #expect(FileManager.default.fileExists(atPath: path), "\(line)")
    }

    @Test("an HTTP error status fails the open step in the browser as it does over HTTP")
    func errorStatus() async throws {
        let server = try SampleSites.server("rates")
        try server.start()
        defer { server.stop() }
        let result = try await CLI.run([
            "exec", Self.quotes, "--quiet", "--mode", "browser", "--param", "base_url=\(server.baseURL)",
        ])
        #expect(result.status == 70)
        #expect(result.stderr.contains("answered HTTP 404"))
    }
}

/// No Chromium outlives `wtc`: on Ctrl-C the signal handler kills the browser group; processes are
/// found by a marker in their inherited environment.
@Suite("wtc leaves no browser behind (built binary)", .serialized)
struct NoOrphanTests {
    static func browsers(marked marker: String) -> Int {
        let pids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return pids.filter { Int($0) != nil }.count { pid in
            let environ = FileHandle(forReadingAtPath: "/proc/\(pid)/environ").flatMap { try? $0.readToEnd() }
            let cmdline = FileHandle(forReadingAtPath: "/proc/\(pid)/cmdline").flatMap { try? $0.readToEnd() }
            let text = String(decoding: cmdline ?? Data(), as: UTF8.self)
            return text.contains("chromium") && String(decoding: environ ?? Data(), as: UTF8.self).contains(marker)
        }
    }

    @Test("Ctrl-C during a browser run exits promptly and kills Chromium")
    func interrupt() throws {
        let server = try SampleSites.server("quotes")
        try server.start()
        defer { server.stop() }
        let program = try CLI.temporaryDirectory().appendingPathComponent("wait.wt")
        try "program \"wait\"\n\nopen \"\(server.url("/tag/love/"))\"\nwait for exists \".never\" timeout 60s\n"
            .write(to: program, atomically: true, encoding: .utf8)
        let marker = "wtc-orphan-test-\(UUID().uuidString)"
        let run = try BackgroundCLI(
            ["exec", program.path, "--mode", "browser"], environment: ["WTC_ORPHAN_MARKER": marker])
        defer { run.stop() }
        // Interrupt as a person would, once the run is inside the waiting step: the open step (line 3) has
        // printed its progress line.
        #expect(run.waitForStderr(containing: " line 3 ", seconds: 30), "\(run.stderr)")
        #expect(Self.browsers(marked: marker) > 0, "the browser never started")
        run.process.interrupt()
        #expect(run.waitForExit(seconds: 5), "wtc did not exit within 5 s of SIGINT")
        #expect(eventually(seconds: 3) { Self.browsers(marked: marker) == 0 })
    }

    @Test("a normal browser run leaves no Chromium process")
    func normalEnd() async throws {
        let server = try SampleSites.server("quotes")
        try server.start()
        defer { server.stop() }
        let marker = "wtc-orphan-test-\(UUID().uuidString)"
        let result = try await CLI.run(
            [
                "exec", BrowserCommandTests.quotes, "--quiet", "--mode", "browser", "--param",
                "base_url=\(server.baseURL)",
            ],
            environment: ["WTC_ORPHAN_MARKER": marker])
        #expect(result.status == 0)
        #expect(Self.browsers(marked: marker) == 0)
    }
}

@Suite("wtc attached to a running browser (built binary)", .serialized)
struct RemoteBrowserTests {
    @Test("--browser ws://… runs the quotes sample in a browser wtc did not start, and leaves it running")
    func attach() async throws {
        let remote = RemoteChromium()
        let url = try remote.start()
        defer { remote.stop() }
        let server = try SampleSites.server("quotes")
        try server.start()
        defer { server.stop() }
        let result = try await CLI.run([
            "exec", BrowserCommandTests.quotes, "--quiet", "--browser", url, "--param", "base_url=\(server.baseURL)",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let actual = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? NSObject
        let expected = try JSONSerialization.jsonObject(
            with: Data(contentsOf: Paths.samples.appendingPathComponent("quotes/expected.json")))
        #expect(actual?.isEqual(expected) == true)
        #expect(remote.isRunning)
    }

    @Test("a ws:// URL nothing listens on exits 69")
    func nothingThere() async throws {
        let port = try LoopbackPorts.closedPort()
        let result = try await CLI.run([
            "exec", BrowserCommandTests.quotes, "--browser", "ws://127.0.0.1:\(port)/devtools/browser/x",
        ])
        #expect(result.status == 69)
        #expect(result.stderr.contains("cannot connect"))
    }
}
