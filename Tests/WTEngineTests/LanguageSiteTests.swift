import Foundation
import Testing
import WTEngine
import WTRuntime
import WTTestSupport

/// The language's transforms, page values and visibility on real pages, over HTTP and in Chromium.
@Suite("Language features on real pages", .serialized)
struct LanguageSiteTests {
    static func run(_ steps: String, outputs: String, page: String, mode: Engine.ExecutionMode) async throws
        -> EngineHarness.Outcome
    {
        try await withLoopbackServer(routes: LanguageSites.routes) { server in
            let header = mode == .browser ? "program \"l\"\nmode browser\n\n" : "program \"l\"\n\n"
            let program = header + outputs + "\n\nopen \"\(server.url(page))\"\n" + steps + "\n"
            return try await EngineHarness.run(program, mode: mode)
        }
    }

    static let sentenceOutputs = """
        output total: int
        output shown: int
        output button: string
        output city: string
        output tabs: [{ name: string, n: int? }]
        output tags: [string]
        """

    static let sentenceSteps = #"""
        extract total = text ".summary" then match "of ([\\d,]+) results" then int
        extract shown = text ".summary" then match "(\\d+)–(\\d+)" group 2 then int
        extract button = text ".instruction" then match "\"([^\"]+)\""
        extract city = text xpath "substring-before(substring-after(//p[@class='where'], 'in '), ',')"
        extract tabs = each ".tabs li" {
          name = text "::text"
          n = text "::text" then match "#(\\d+)" then int
        }
        extract tags = text ".tags" then split "," then lower
        click role button "{button}"
        """#

    static let sentenceResult =
        ##"{"total":1345,"shown":20,"button":"Submit","city":"Lyon","tabs":[{"name":"Tab #3","n":3},"##
        + ##"{"name":"Tab #12","n":12},{"name":"Overview","n":null}],"tags":["red","green","blue"]}"##

    @Test("values inside sentences are read with then match and a string XPath, alike in both modes")
    func sentencesInBothModes() async throws {
        // Over HTTP the click is refused (no browser), so the HTTP run reads only.
        let steps = Self.sentenceSteps.replacingOccurrences(of: "\nclick role button \"{button}\"", with: "")
        for mode in [Engine.ExecutionMode.http, .browser] {
            let outcome = try await Self.run(
                mode == .http ? steps : Self.sentenceSteps, outputs: Self.sentenceOutputs, page: "/sentences",
                mode: mode)
            let result = try #require(
                outcome.result, "\(mode): \(String(describing: outcome.failure?.diagnostic.text))")
            #expect(result.json(pretty: false) == Self.sentenceResult, "\(mode)")
        }
    }

    @Test("in Chromium, wait for exists waits until a pre-rendered hidden result is shown")
    func revealedLater() async throws {
        let outcome = try await Self.run(
            """
            expect exists "#finish h4" and hidden "#finish h4"
            click "#start button"
            wait for exists "#finish h4" timeout 10s
            expect visible "#finish h4" and hidden "#loading"
            extract message = text "#finish h4"
            extract shown = html "#finish"
            """, outputs: "output message: string\noutput shown: string", page: "/reveal", mode: .browser)
        let result = try #require(outcome.result, "\(String(describing: outcome.failure?.diagnostic.text))")
        #expect(result[output: "message"] == .string("Hello World!"))
        // The visibility marks the browser snapshot carries stay out of extracted markup.
        #expect(result[output: "shown"] == .string("<h4>Hello World!</h4>"))
    }

    @Test("in Chromium, conditions read text, attributes, form values and computed visibility")
    func pageValuesInBrowser() async throws {
        let outcome = try await Self.run(
            """
            wait for text "#status" == "Done" timeout 5s
            if attr "aria-expanded" of "#menu" == "false" {
              click "#menu"
            }
            expect attr "aria-expanded" of "#menu" == "true"
            fill "#qty" with "3"
            expect value of "#qty" == "3"
            expect hidden "#dialog" and hidden ".tpl" and visible "#menu"
            expect hidden "#veiled" and visible "#peek"
            extract qty = text xpath "string(//input[@id='qty']/@value)" then int
            """, outputs: "output qty: int", page: "/reveal", mode: .browser)
        let result = try #require(outcome.result, "\(String(describing: outcome.failure?.diagnostic.text))")
        #expect(result[output: "qty"] == .int(3))
    }

    @Test("a wait that times out says what the text was")
    func waitTimeoutNamesValue() async throws {
        let outcome = try await Self.run(
            "wait for text \"#status\" == \"Finished\" timeout 1s", outputs: "", page: "/reveal", mode: .browser)
        let failure = try #require(outcome.failure)
        #expect(failure.id == "run.timeout")
        #expect(failure.diagnostic.notes.map(\.text).contains(##"text "#status" was "Done""##))
    }

    @Test("over HTTP, visibility is what the static document says")
    func staticVisibility() async throws {
        let outcome = try await Self.run(
            """
            expect hidden "#finish h4" and hidden "#loading" and hidden ".tpl" and visible "#menu"
            expect exists "#finish h4" and value of "#qty" == "1"
            expect exists xpath "boolean(//p[@id='status'])" and not exists xpath "boolean(//nav)"
            expect count xpath "count(//button)" == 2
            expect hidden "#veiled" and visible "#peek"
            extract message = text "#status"
            """, outputs: "output message: string", page: "/reveal", mode: .http)
        let result = try #require(outcome.result, "\(String(describing: outcome.failure?.diagnostic.text))")
        #expect(result[output: "message"] == .string("Working"))
    }
}
