import Foundation
import Testing
import WTTestSupport

/// `wtc exec --report`: the run report written by the built binary after real Chromium runs.
@Suite(
    "wtc exec --report (built binary)", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/lib/chromium/chromium-headless-shell")))
struct ReportCommandTests {
    /// Writes `text` as a program in a new folder; its path.
    static func program(_ text: String) throws -> URL {
        let url = try CLI.temporaryDirectory().appendingPathComponent("program.wt")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test(
        "a failed browser run: the failing line marked, its diagnostic, the page where it stopped, each step's pictures"
    )
    func failedRun() async throws {
        let server = try SampleSites.server("quotes")
        try server.start()
        defer { server.stop() }
        let program = try Self.program(
            """
            program "broken"
            mode browser

            open "\(server.url("/tag/love/"))"
            click "li.next > a"
            click "#no-such-button" timeout 1s

            """)
        let report = program.deletingLastPathComponent().appendingPathComponent("report.html")
        let result = try await CLI.run(["exec", program.path, "--quiet", "--report", report.path])
        #expect(result.status == 70, "\(result.stderr)")
        #expect(result.stderr.contains("report: \(report.path)"))
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(html.contains("<li id=\"L6\" class=\"line failed\">"))
        #expect(html.contains("<li id=\"L5\" class=\"line ok\">"))
        #expect(html.contains("<a href=\"#L6\">program.wt:6:"))
        #expect(html.contains("✗ Failed"))
        // Two actions that finished, a picture after each, and one of the page where the run stopped.
        #expect(html.contains("aria-label=\"After step 1\""))
        #expect(html.contains("aria-label=\"Before step 2\""))
        #expect(html.contains("aria-label=\"After step 2\""))
        #expect(html.contains("aria-label=\"The page when the run stopped\""))
        #expect(html.contains("url(\"data:image/jpeg;base64,/9j/"))
        #expect(html.contains("No outputs: the run stopped before it produced them."))
    }

    @Test("a page's text with <script> in it is shown as text; the report carries no script at all")
    func escapesThePage() async throws {
        let hostile = "<script>alert('owned')</script>"
        let page =
            "<html><head><title>\(hostile.replacingOccurrences(of: "<", with: "&lt;"))</title></head>"
            + "<body><h1>\(hostile.replacingOccurrences(of: "<", with: "&lt;"))</h1></body></html>"
        let server = try LoopbackServer(routes: [LoopbackRoute("GET", "/x") { _ in .html(page) }])
        try server.start()
        defer { server.stop() }
        let program = try Self.program(
            """
            program "hostile"
            mode browser
            output heading: string

            open "\(server.url("/x"))"
            expect title ~ "alert"
            extract heading = text "h1"

            """)
        let report = program.deletingLastPathComponent().appendingPathComponent("report.html")
        let result = try await CLI.run(["exec", program.path, "--quiet", "--report", report.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("alert('owned')"))
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("&lt;script&gt;alert('owned')&lt;/script&gt;"))
    }

    @Test("a 100-step browser run's report, a different page after every step, stays under 5 MB")
    func hundredSteps() async throws {
        let server = try LoopbackServer(routes: [
            LoopbackRoute("GET", "/p/*") { request in
                let n = Int(request.path.split(separator: "/").last ?? "") ?? 0
                let rows = (1...12).map { "<tr><td>row \($0) of page \(n)</td><td>\($0 * n)</td></tr>" }.joined()
                return .html(
                    "<html><head><title>Page \(n)</title></head><body><h1>Page \(n)</h1>"
                        + "<p>Some text that changes with the page: \(String(repeating: "item \(n) ", count: 30))</p>"
                        + "<table>\(rows)</table><a class=next href=\"/p/\(n + 1)\">Next</a></body></html>")
            }
        ])
        try server.start()
        defer { server.stop() }
        let program = try Self.program(
            """
            program "long"
            mode browser

            open "\(server.url("/p/1"))"
            repeat 99 {
              click "a.next"
            }

            """)
        let report = program.deletingLastPathComponent().appendingPathComponent("report.html")
        let result = try await CLI.run(["exec", program.path, "--quiet", "--report", report.path])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(html.contains("id=\"step-100\""))
        #expect(html.contains("aria-label=\"After step 100\""))
        let size = try #require(try FileManager.default.attributesOfItem(atPath: report.path)[.size] as? Int)
        print("100-step report: \(size) bytes, \(html.components(separatedBy: "base64,").count - 1) pictures")
        #expect(size < 5_000_000)
        #expect(html.components(separatedBy: "base64,").count - 1 == 100, "a different picture after every step")
    }

    @Test("a report folder that does not exist is refused before the run (exit 64)")
    func badPath() async throws {
        let program = try Self.program("program \"p\"\nopen \"http://127.0.0.1:9/\"\n")
        let result = try await CLI.run(["exec", program.path, "--report", "/nonexistent/folder/r.html"])
        #expect(result.status == 64)
        #expect(
            result.stderr.contains("--report /nonexistent/folder/r.html: the folder /nonexistent/folder does not exist")
        )
    }

    @Test(
        "wtc run --report: the first run's report shows the compiler's reasons and the model ledger; the replay's shows $0"
    )
    func runReports() async throws {
        let site = try SampleSites.server("quotes")
        try site.start()
        defer { site.stop() }
        let data = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: data) }
        var html: [String] = []
        for n in 1...2 {
            let report = data.appendingPathComponent("run\(n).html")
            let result = try await CLI.run([
                "run", AgentCommandTests.task, "--start-url", site.url("/tag/love/"), "--reuse-key", "r",
                "--data-dir", data.path, "--transcript", AgentCommandTests.transcript, "--report", report.path,
            ])
            #expect(result.status == 0, "\(result.stderr)")
            html.append(try String(contentsOf: report, encoding: .utf8))
        }
        // The verification replay of the program compiled from the agent's trace, reasons under their lines.
        #expect(html[0].contains("<ul class=\"explain\"><li>steps 2…5: 3 pages"))
        #expect(html[0].contains("<li>step 2 extract quotes: container '.quote'"))
        #expect(html[0].contains("<ul class=\"explain whole\"><li>mode auto:"))
        #expect(html[0].contains("<th scope=\"row\">Model calls</th><td class=\"num\">8</td>"))
        #expect(html[0].contains("✓ Succeeded"))
        // The replay of the saved program: no model, the same program lines ran.
        #expect(html[1].contains("<th scope=\"row\">Model calls</th><td class=\"num\">0</td>"))
        #expect(html[1].contains("<li id=\"L9\" class=\"line ok\">"))
        #expect(!html[1].contains("class=\"explain\""), "a replay compiled nothing")
    }
}
