import Foundation
import Testing
import WTTestSupport

@Suite("wtc exec (built binary)")
struct ExecCommandTests {
    static let quotes = Paths.samples.appendingPathComponent("quotes/program.wt").path

    @Test("the quotes sample prints its expected JSON on stdout and one progress line per step on stderr")
    func quotesEndToEnd() async throws {
        let server = try SampleSites.server("quotes")
        try server.start()
        defer { server.stop() }
        let result = try await CLI.run(["exec", Self.quotes, "--param", "base_url=\(server.baseURL)"])
        #expect(result.status == 0, "\(result.stderr)")
        let actual = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? NSObject
        let expected = try JSONSerialization.jsonObject(
            with: Data(contentsOf: Paths.samples.appendingPathComponent("quotes/expected.json")))
        #expect(actual?.isEqual(expected) == true)
        #expect(result.stdout.hasSuffix("}\n"), "the JSON ends with one newline, as text on a terminal should")
        #expect(!result.stdout.hasSuffix("\n\n"))
        #expect(result.stderr.contains("[1] line 11  open \"\(server.baseURL)/tag/love/\""))
        #expect(result.stderr.contains("click \"li.next > a\"  \(server.baseURL)/tag/love/page/2/"))
        #expect(result.stderr.contains("10 records"))
    }

    @Test("--quiet prints no progress")
    func quiet() async throws {
        let server = try SampleSites.server("quotes")
        try server.start()
        defer { server.stop() }
        let result = try await CLI.run(["exec", Self.quotes, "--quiet", "--param", "base_url=\(server.baseURL)"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
    }

    @Test("a parameter of the wrong type exits 64 and names it")
    func wrongParameterType() async throws {
        let result = try await CLI.run(["exec", Self.quotes, "--param", "max_pages=ten"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("max_pages"))
        #expect(result.stdout.isEmpty)
    }

    @Test("an unknown parameter exits 64 with a suggestion")
    func unknownParameter() async throws {
        let result = try await CLI.run(["exec", Self.quotes, "--param", "max_page=3"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("max_pages"))
    }

    @Test("a missing required parameter exits 64")
    func missingRequired() async throws {
        let login = Paths.samples.appendingPathComponent("login/program.wt").path
        let result = try await CLI.run(["exec", login])
        #expect(result.status == 64)
        #expect(result.stderr.contains("password"))
    }

    @Test("a refused connection exits 69 with the step's position")
    func unavailable() async throws {
        let port = try LoopbackPorts.closedPort()
        let result = try await CLI.run(["exec", Self.quotes, "--param", "base_url=http://127.0.0.1:\(port)"])
        #expect(result.status == 69, "\(result.stderr)")
        #expect(result.stderr.contains("program.wt:11:1: error:"))
        #expect(result.stdout.isEmpty)
    }

    @Test("a failing step exits 70 with its position, what it looked for and what the page had")
    func stepFails() async throws {
        let server = try SampleSites.server("rates")
        try server.start()
        defer { server.stop() }
        let result = try await CLI.run(["exec", Self.quotes, "--param", "base_url=\(server.baseURL)"])
        #expect(result.status == 70)
        #expect(result.stderr.contains("program.wt:11:1: error:"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("a browser program exits 69 when Chromium cannot be started, and says how to install it")
    func browserUnavailable() async throws {
        let feed = Paths.samples.appendingPathComponent("feed/program.wt").path
        let result = try await CLI.run(["exec", feed], environment: ["WTC_CHROMIUM": "/nonexistent/chromium"])
        #expect(result.status == 69)
        #expect(result.stderr.contains("Chromium is not installed: '/nonexistent/chromium'"), "\(result.stderr)")
        #expect(result.stderr.contains("sudo apt-get install chromium-headless-shell"))
        #expect(result.stderr.contains("scripts/install-system-deps.sh"))
        #expect(result.stderr.contains("wtc doctor"))
        #expect(result.stderr.components(separatedBy: "apt-get install").count == 2, "the advice is given once")
    }

    @Test("--mode browser runs the quotes sample in Chromium with the same result as plain HTTP")
    func browserMode() async throws {
        let server = try SampleSites.server("quotes")
        try server.start()
        defer { server.stop() }
        let http = try await CLI.run([
            "exec", Self.quotes, "--quiet", "--mode", "http", "--param", "base_url=\(server.baseURL)",
        ])
        let browser = try await CLI.run([
            "exec", Self.quotes, "--quiet", "--mode", "browser", "--param", "base_url=\(server.baseURL)",
        ])
        #expect(browser.status == 0, "\(browser.stderr)")
        #expect(browser.stdout == http.stdout)
    }

    @Test("an invalid program exits 65 before anything runs")
    func invalidProgram() async throws {
        let file = try CLI.temporaryDirectory().appendingPathComponent("bad.wt")
        try "program \"bad\"\n\nopen nowhere\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try await CLI.run(["exec", file.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("[sema.undefined-name]"))
    }
}
