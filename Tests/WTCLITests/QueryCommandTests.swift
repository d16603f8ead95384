import Foundation
import Testing
import WTTestSupport

@Suite("wtc query (built binary)")
struct QueryCommandTests {
    static let page = Paths.samples.appendingPathComponent("quotes/site/tag/love/index.html").path

    @Test("text of each match, one per line")
    func text() async throws {
        let result = try await CLI.run(["query", ".quote small.author", Self.page])
        #expect(result.status == 0)
        #expect(result.stdout == "Marta Ilves\nTomas Reyes\nInes Okafor\nMarta Ilves\n")
    }

    @Test("--attr, --count and --json")
    func modes() async throws {
        #expect(
            try await CLI.run(["query", "li.next > a", Self.page, "--attr", "href"]).stdout == "/tag/love/page/2/\n")
        #expect(try await CLI.run(["query", ".quote", Self.page, "--count"]).stdout == "4\n")
        let json = try await CLI.run(["query", "a.tag::text", Self.page, "--json"]).stdout
        let values = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
        #expect(values?.prefix(2) == ["love", "gardens"])
    }

    @Test("--json with no match prints [] and exits 1")
    func emptyJSON() async throws {
        let result = try await CLI.run(["query", ".nothing-here", Self.page, "--json"])
        #expect(result.status == 1)
        #expect(result.stdout == "[]\n")
    }

    @Test("--help says that no match exits 1")
    func helpNamesNoMatch() async throws {
        let help = try await CLI.run(["query", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("1 when nothing did"))
    }

    @Test("--browser without Chromium exits 69 and names the package to install")
    func browserMissing() async throws {
        let result = try await CLI.run(
            ["query", "p", "http://127.0.0.1:9/", "--browser"], environment: ["WTC_CHROMIUM": "/nonexistent/chromium"])
        #expect(result.status == 69)
        #expect(result.stderr.contains("Chromium is not installed: '/nonexistent/chromium'"), "\(result.stderr)")
        #expect(result.stderr.contains("chromium-headless-shell"))
    }

    @Test("XPath is accepted as is")
    func xpath() async throws {
        let result = try await CLI.run(["query", "//li[@class='next']/a/@href", Self.page])
        #expect(result.stdout == "/tag/love/page/2/\n")
    }

    @Test("stdin is read when no file is given")
    func stdin() async throws {
        let result = try await CLI.run(["query", "b"], stdin: Data("<p>a <b>bold</b> move</p>".utf8))
        #expect(result.stdout == "bold\n")
    }

    @Test("a URL is fetched over HTTP")
    func url() async throws {
        let server = try SampleSites.server("quotes")
        try server.start()
        defer { server.stop() }
        let result = try await CLI.run(["query", "h1", server.url("/tag/love/")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Quotes tagged love\n")
    }

    @Test("an invalid selector exits 65 with a caret inside the selector")
    func invalidSelector() async throws {
        let result = try await CLI.run(["query", "li:nth-chil(2n+1)", Self.page])
        #expect(result.status == 65)
        #expect(result.stderr.contains("<selector>:1:3: error: invalid CSS selector"))
        #expect(result.stderr.contains(" 1 | li:nth-chil(2n+1)"))
    }

    @Test("no match exits 1; a missing file exits 66; a refused URL exits 69")
    func exits() async throws {
        #expect(try await CLI.run(["query", ".nothing-here", Self.page]).status == 1)
        #expect(try await CLI.run(["query", "p", "/nonexistent.html"]).status == 66)
        let port = try LoopbackPorts.closedPort()
        #expect(try await CLI.run(["query", "p", "http://127.0.0.1:\(port)/"]).status == 69)
    }
}
