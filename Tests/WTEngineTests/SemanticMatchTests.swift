import Foundation
import Testing
import WTEngine
import WTRuntime
import WTTestSupport

/// `label`, `text` and role names match as Playwright's `getByLabel`/`getByText`/`getByRole` do — a
/// case-insensitive substring of the whitespace-normalised text, Unicode letters included — and `exact`
/// asks for the whole text; the same over plain HTTP (XPath in libxml2) and in Chromium (the page script).
@Suite("Label, text and role-name matching in both modes", .serialized)
struct SemanticMatchTests {
    static let page = """
        <html><head><title>Order</title></head><body>
        <form>
          <label for="cust">Customer   name:</label> <input id="cust" name="cust">
          <label>E-mail address <input id="mail" name="mail"></label>
          <span id="when-label">Delivery  date</span> <input id="when" aria-labelledby="when-label">
          <button id="save" type="button">Save</button> <button id="draft" type="button">Save draft</button>
        </form>
        <p id="summer">Bon ÉTÉ à tous</p>
        <a id="more" href="/details">See more  details »</a>
        <script>const hint = "Late link";</script><style>.late::after { content: "Late link"; }</style>
        </body></html>
        """

    static let outputs = """
        output customer: string
        output mail: string
        output when: string
        output exact_customer: int
        output summer: string
        output summer_exact: int
        output saves: int
        output save: string
        output details: string
        """

    static let steps = """
        extract customer = attr "id" of label "customer NAME"
        extract mail = attr "id" of label "e-mail"
        extract when = attr "id" of label "delivery date"
        extract exact_customer = count label exact "Customer name"
        extract summer = attr "id" of text "été"
        extract summer_exact = count text exact "Bon ÉTÉ à tous"
        extract saves = count role button "save"
        extract save = attr "id" of role button exact "Save"
        extract details = attr "id" of role link "MORE details"
        """

    static func run(_ steps: String, outputs: String, mode: Engine.ExecutionMode) async throws
        -> EngineHarness.Outcome
    {
        let routes = [LoopbackRoute("GET", "/page") { _ in .html(Self.page) }]
        return try await withLoopbackServer(routes: routes) { server in
            let program = "program \"m\"\n\n\(outputs)\n\nopen \"\(server.url("/page"))\"\n\(steps)\n"
            return try await EngineHarness.run(program, mode: mode)
        }
    }

    @Test("a substring in any case finds the element, exact wants the whole text", arguments: ["http", "browser"])
    func defaultMatching(_ modeName: String) async throws {
        let mode = try #require(Engine.ExecutionMode(rawValue: modeName))
        let outcome = try await Self.run(Self.steps, outputs: Self.outputs, mode: mode)
        let result = try #require(outcome.result, "\(String(describing: outcome.failure))")
        #expect(result[output: "customer"] == .string("cust"))
        #expect(result[output: "mail"] == .string("mail"))
        #expect(result[output: "when"] == .string("when"))
        #expect(result[output: "exact_customer"] == .int(0), "the label reads 'Customer name:'")
        #expect(result[output: "summer"] == .string("summer"), "Unicode letters are lower-cased too")
        #expect(result[output: "summer_exact"] == .int(1))
        #expect(result[output: "saves"] == .int(2), "'Save' and 'Save draft' both contain 'save'")
        #expect(result[output: "save"] == .string("save"))
        #expect(result[output: "details"] == .string("more"))
    }

    @Test("when nothing matches, the error lists the labels or buttons the page has", arguments: ["http", "browser"])
    func listsCandidates(_ modeName: String) async throws {
        let mode = try #require(Engine.ExecutionMode(rawValue: modeName))
        let label = try await Self.run("fill label \"Phone\" with \"1\" timeout 300ms", outputs: "", mode: mode)
        let labelHelp = try #require(label.failure?.diagnostic.help, "\(String(describing: label.failure))")
        #expect(labelHelp.contains(#"labels on the page: "Customer name:", "E-mail address""#), "\(labelHelp)")
        let button = try await Self.run("click role button \"Submit\" timeout 300ms", outputs: "", mode: mode)
        let buttonHelp = try #require(button.failure?.diagnostic.help, "\(String(describing: button.failure))")
        #expect(buttonHelp.contains(#"button names on the page: "Save", "Save draft""#), "\(buttonHelp)")
    }

    @Test(
        "words only a script or a style holds are not an element's text: nothing is found, not <body>",
        arguments: ["http", "browser"])
    func scriptTextIsNotText(_ modeName: String) async throws {
        let mode = try #require(Engine.ExecutionMode(rawValue: modeName))
        let counted = try await Self.run(
            "extract late = count text \"late link\"", outputs: "output late: int", mode: mode)
        #expect(counted.result?[output: "late"] == .int(0), "\(String(describing: counted.failure))")
        let clicked = try await Self.run("click text \"Late link\" timeout 300ms", outputs: "", mode: mode)
        let failure = try #require(clicked.failure, "the click found something to click")
        #expect(failure.diagnostic.text.contains(#"text "Late link""#), "\(failure.diagnostic.text)")
    }
}
