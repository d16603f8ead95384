import Foundation
import Testing
import WTTestSupport

/// `mode auto` keeps the browser as the fallback: a program that works over plain HTTP runs there; when
/// the site starts rendering with scripts, the HTTP run fails and the program runs again in Chromium —
/// unless the HTTP run already posted a form, which a second run would post again.
@Suite("mode auto falls back to the browser (built binary)", .serialized)
struct AutoFallbackTests {
    static let listProgram = """
        program "list"
        mode auto

        param base_url: url = "http://127.0.0.1:8000"

        output items: [{ name: string }]

        open "{base_url}/list"
        extract items = each ".item" {
          name = text ".name"
        }
        expect count items >= 1

        """

    static let formProgram = """
        program "order"
        mode auto

        param base_url: url = "http://127.0.0.1:8000"

        output order: string

        open "{base_url}/order"
        click "button"
        extract order = text "#number"
        expect order != ""

        """

    /// Items in the served HTML, or written by a script once the page loads.
    static func list(scripted: Bool) -> String {
        let items = #"<li class="item"><b class="name">Lamp</b></li><li class="item"><b class="name">Desk</b></li>"#
        guard scripted else { return "<html><body><ul>\(items)</ul></body></html>" }
        return """
            <html><body><ul id="list"></ul>
            <script>document.getElementById('list').innerHTML = '\(items)';</script></body></html>
            """
    }

    static func server(scripted: Bool) throws -> LoopbackServer {
        try LoopbackServer(routes: [
            LoopbackRoute("GET", "/list") { _ in .html(Self.list(scripted: scripted)) },
            LoopbackRoute("GET", "/order") { _ in
                .html(#"<html><body><form method="post" action="/order"><button>Order</button></form></body></html>"#)
            },
            LoopbackRoute("POST", "/order") { _ in
                .html(
                    #"<html><body><p id="number"></p><script>document.getElementById('number').textContent = 'A-17';"#
                        + "</script></body></html>")
            },
        ])
    }

    static func run(_ source: String, _ server: LoopbackServer, _ extra: [String] = []) async throws -> CLIResult {
        let work = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let path = work.appendingPathComponent("program.wt")
        try source.write(to: path, atomically: true, encoding: .utf8)
        return try await CLI.run(
            ["exec", path.path, "--param", "base_url=\(server.baseURL)", "--timeout", "2s"] + extra)
    }

    @Test("a page that needs no script runs over HTTP, with no browser and no warning")
    func staysOverHTTP() async throws {
        let server = try Self.server(scripted: false)
        try server.start()
        defer { server.stop() }
        let result = try await Self.run(Self.listProgram, server)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"Desk\""))
        #expect(!result.stderr.contains("run.browser-fallback"))
        #expect(!result.stderr.contains("Chromium"))
    }

    @Test("when the items come from a script, the HTTP run fails its expect and Chromium gets them")
    func fallsBack() async throws {
        let server = try Self.server(scripted: true)
        try server.start()
        defer { server.stop() }
        let result = try await Self.run(Self.listProgram, server)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"Lamp\"") && result.stdout.contains("\"Desk\""), "\(result.stdout)")
        #expect(result.stderr.contains("[run.browser-fallback]"), "\(result.stderr)")
        #expect(result.stderr.contains("program.wt:12:1"), "the warning names the step that failed: \(result.stderr)")
        // Asked for plain HTTP, the run does what it was told and fails.
        let http = try await Self.run(Self.listProgram, server, ["--mode", "http"])
        #expect(http.status == 70, "\(http.stderr)")
        #expect(!http.stderr.contains("run.browser-fallback"))
    }

    @Test("a run that posted a form is not run again: the failure says why and how")
    func noSecondPost() async throws {
        let server = try Self.server(scripted: true)
        try server.start()
        defer { server.stop() }
        let result = try await Self.run(Self.formProgram, server)
        #expect(result.status == 70, "\(result.stderr)")
        #expect(!result.stderr.contains("run.browser-fallback"))
        #expect(
            result.stderr.contains("did not run it again in the browser: the HTTP run sent POST"), "\(result.stderr)")
        let browser = try await Self.run(Self.formProgram, server, ["--mode", "browser"])
        #expect(browser.status == 0, "\(browser.stderr)")
        #expect(browser.stdout.contains("\"A-17\""))
    }

    static let tableProgram = """
        program "prices"
        mode auto

        param base_url: url = "http://127.0.0.1:8000"

        output rows: [{ name: string, price: string }]

        open "{base_url}/prices"
        extract rows = table "table"

        """

    static let xpathProgram = """
        program "names"
        mode auto

        param base_url: url = "http://127.0.0.1:8000"
        param items: string = "count(//li)"

        output names: [{ name: string }]

        open "{base_url}/list"
        extract names = each xpath "{items}" {
          name = text ".name"
        }

        """

    static func programErrorServer() throws -> LoopbackServer {
        try LoopbackServer(routes: [
            LoopbackRoute("GET", "/list") { _ in .html(Self.list(scripted: false)) },
            LoopbackRoute("GET", "/prices") { _ in
                .html("<html><body><table><tr><th>Name</th><th>Cost</th></tr><tr><td>Lamp</td><td>9</td></tr></table>")
            },
        ])
    }

    @Test(
        "a program error (a column the table lacks, an XPath from a parameter that counts) fails over HTTP without a browser run",
        arguments: [(tableProgram, "no column \"price\""), (xpathProgram, "yields a value, not nodes")])
    func noFallbackOnProgramErrors(program: String, expected: String) async throws {
        let server = try Self.programErrorServer()
        try server.start()
        defer { server.stop() }
        let result = try await Self.run(program, server)
        #expect(result.status == 70, "\(result.stderr)")
        #expect(result.stderr.contains(expected), "\(result.stderr)")
        #expect(result.stderr.contains("[run.program-error]"), "\(result.stderr)")
        #expect(!result.stderr.contains("run.browser-fallback"), "\(result.stderr)")
    }

    static let jsonOrderProgram = """
        program "json order"
        mode auto

        param base_url: url = "http://127.0.0.1:8000"

        output id: string
        output customer: string

        open "{base_url}/order"
        fill label "your name" with "Ada"
        click role button "place order"
        extract id = json "id"
        extract customer = json "customer"

        """

    @Test("a form that answers JSON runs over HTTP to the end: the answer is the page, read with json")
    func jsonAnswer() async throws {
        let server = try LoopbackServer(routes: JSONSite.routes)
        try server.start()
        defer { server.stop() }
        let result = try await Self.run(Self.jsonOrderProgram, server)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#""id": "A-17""#), "\(result.stdout)")
        #expect(result.stdout.contains(#""customer": "Ada""#), "\(result.stdout)")
        #expect(!result.stderr.contains("run.browser-fallback"), "\(result.stderr)")
        #expect(server.requests.filter { $0.method == "POST" }.count == 1, "the order is posted once")
    }
}
