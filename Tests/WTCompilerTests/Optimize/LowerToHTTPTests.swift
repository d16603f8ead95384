import Testing
import WTTrace

@testable import WTCompiler

/// The "lower to HTTP" decision on small traces built in memory: a browser recording says `mode auto`
/// only when every kept step works over plain HTTP and the raw responses hold every extracted value.
@Suite("Lower to HTTP")
struct LowerToHTTPTests {
    static let url = "http://example.test/list"

    /// A browser trace: open `url`, then `steps`, each reading the page whose raw body is `body`.
    static func trace(_ steps: [TraceStep], mode: String = "browser") -> Trace {
        let open = TraceStep(index: 1, action: .open, value: url, after: page())
        let numbered = steps.enumerated().map { offset, step in
            var step = step
            step.index = offset + 2
            return step
        }
        return Trace(
            task: "t", name: "t", startURL: url, recordedMode: mode, parameters: [], outputs: [],
            steps: [open] + numbered, outcome: TraceOutcome(status: .success), result: .null)
    }

    static func page(response: String? = "responses/0001.html") -> TracePage {
        TracePage(url: url, title: "List", snapshot: "snapshots/0001.html", response: response)
    }

    static func extract(_ values: [String]) -> TraceStep {
        TraceStep(
            index: 0, action: .extract, before: page(),
            extraction: TraceExtraction(into: "items", append: false, value: .array(values.map(JSONValue.string))))
    }

    static func decide(_ trace: Trace, body: String) -> ModeDecision {
        LowerToHTTP.decide(trace, responses: { $0 == "responses/0001.html" ? body : nil })
    }

    @Test("values the server sent, entities and whitespace aside, lower the program to mode auto")
    func valuesInTheResponse() {
        let body = "<ul><li>Café &amp; bar</li><li>Tea\n   room</li><li><a href=\"/item/3\">Three</a></li></ul>"
        let decision = Self.decide(
            Self.trace([Self.extract(["Café & bar", "Tea room", "http://example.test/item/3"])]), body: body)
        #expect(decision.mode == "auto")
        #expect(decision.reason.contains("the raw responses already contain every extracted value"))
    }

    @Test("a value a script rendered keeps mode browser and names the step and the value")
    func renderedValue() {
        let body = "<ul id=l></ul><script>document.getElementById('l').innerHTML = '<li>alpha</li>'</script>"
        let decision = Self.decide(Self.trace([Self.extract(["alpha"])]), body: body)
        #expect(decision.mode == "browser")
        #expect(decision.reason.hasPrefix("mode browser: step 2 (extract) needs a browser: \"alpha\" is not in"))
    }

    @Test("the page's address and the parameters' values need not be in the page")
    func givenValues() {
        var trace = Self.trace([Self.extract(["laptop", Self.url, "Result"])])
        #expect(Self.decide(trace, body: "<p>Result</p>").mode == "browser")
        trace.parameters = [TraceParameter(name: "queries", type: "[string]", value: .array([.string("laptop")]))]
        #expect(Self.decide(trace, body: "<p>Result</p>").mode == "auto")
    }

    @Test("a number is looked for as the page writes it")
    func numbers() {
        var step = Self.extract([])
        step.extraction?.value = .array([.number(42)])
        #expect(Self.decide(Self.trace([step]), body: "<p class=likes>42</p>").mode == "auto")
        #expect(Self.decide(Self.trace([step]), body: "<p class=likes></p>").mode == "browser")
        step.extraction?.value = .array([.number(1249.99)])
        #expect(Self.decide(Self.trace([step]), body: "<p class=price>$1,249.99</p>").mode == "auto")
    }

    @Test("a key press, a scroll or a wait keeps the browser", arguments: [TraceAction.press, .scroll, .wait])
    func browserOnlyActions(_ action: TraceAction) {
        let step = TraceStep(index: 0, action: action, value: action == .press ? "Enter" : nil, before: Self.page())
        let decision = Self.decide(Self.trace([step, Self.extract(["a"])]), body: "<p>a</p>")
        #expect(decision.mode == "browser")
        #expect(decision.reason.hasPrefix("mode browser: step 2 (\(action.rawValue)) needs a browser"))
    }

    @Test("clicking a link or a submit button lowers; clicking a script's button does not")
    func clicks() {
        let body = "<a href=\"/next\">Next</a><form><button>Go</button></form><button type=button>More</button><p>a</p>"
        let link = TraceElement(tag: "a", text: "Next", attributes: [.init(name: "href", value: "/next")])
        let submit = TraceElement(tag: "button", text: "Go")
        let more = TraceElement(tag: "button", text: "More", attributes: [.init(name: "type", value: "button")])
        for (target, mode) in [(link, "auto"), (submit, "auto"), (more, "browser")] {
            let click = TraceStep(index: 0, action: .click, target: target, before: Self.page(), after: Self.page())
            #expect(Self.decide(Self.trace([click, Self.extract(["a"])]), body: body).mode == mode, "\(target.tag)")
        }
    }

    @Test("a select after which the page loaded another document (an onchange that posts back) keeps the browser")
    func selectThatNavigates() {
        let body = #"<form><select id="a"><option>x</option></select></form><p>a</p>"#
        let select = TraceElement(tag: "select", id: "a", attributes: [.init(name: "id", value: "a")])
        for (after, mode) in [(Self.page(), "auto"), (Self.page(response: "responses/0002.html"), "browser")] {
            let step = TraceStep(
                index: 0, action: .select, value: "x", target: select, before: Self.page(), after: after)
            let decision = Self.decide(Self.trace([step, Self.extract(["a"])]), body: body)
            #expect(decision.mode == mode, "\(decision.reason)")
            if mode == "browser" { #expect(decision.reason.contains("a script on the page loaded")) }
        }
    }

    @Test("Enter in a form's field submits the form over HTTP; in a field outside a form, or another key, not")
    func enterInField() {
        let body = #"<form action="/s"><input id="q" type="search"></form><input id="free"><p>a</p>"#
        for (id, key, mode) in [("q", "Enter", "auto"), ("free", "Enter", "browser"), ("q", "ArrowDown", "browser")] {
            let field = TraceElement(
                tag: "input", id: id,
                attributes: [.init(name: "id", value: id), .init(name: "type", value: id == "q" ? "search" : "text")])
            let press = TraceStep(
                index: 0, action: .press, value: key, target: field, before: Self.page(), after: Self.page())
            let decision = Self.decide(Self.trace([press, Self.extract(["a"])]), body: body)
            #expect(decision.mode == mode, "\(id) \(key): \(decision.reason)")
        }
    }

    @Test("a submit button outside any form does only what the page's scripts make it do")
    func buttonInNoForm() {
        let body =
            "<main><button id=\"save\">Save</button><button id=\"send\" form=\"f\">Send</button></main><form id=f></form>"
        for (id, mode) in [("save", "browser"), ("send", "auto")] {
            let button = TraceElement(tag: "button", id: id, text: id, attributes: [.init(name: "id", value: id)])
            let click = TraceStep(index: 0, action: .click, target: button, before: Self.page(), after: Self.page())
            let decision = Self.decide(Self.trace([click]), body: body)
            #expect(decision.mode == mode, "\(id): \(decision.reason)")
            if mode == "browser" { #expect(decision.reason.contains("<button> is in no form"), "\(decision.reason)") }
        }
    }

    @Test("a link a script added is not in the raw response")
    func scriptAddedLink() {
        let link = TraceElement(tag: "a", text: "Next", attributes: [.init(name: "href", value: "/next")])
        let click = TraceStep(index: 0, action: .click, target: link, before: Self.page(), after: Self.page())
        let decision = Self.decide(Self.trace([click]), body: "<nav></nav><script>/* adds <a href=/next> */</script>")
        #expect(
            decision.reason.contains("step 2 (click) needs a browser: <a href=\"/next\"> is not in the raw response"))
    }

    @Test("a value only a script's source holds is not in the response")
    func valueInScriptSource() {
        let body = "<div id=app></div><script>render({\"title\": \"<b>Hidden</b> gem\"})</script>"
        #expect(Self.decide(Self.trace([Self.extract(["Hidden gem"])]), body: body).mode == "browser")
        #expect(Self.decide(Self.trace([Self.extract(["<b>Hidden</b> gem"])]), body: body).mode == "browser")
    }

    @Test("extracted markup is looked for in the document's markup")
    func markup() {
        let body = "<div class=description><p>The <b>lamp</b> is made by hand.</p></div>"
        let decision = Self.decide(Self.trace([Self.extract(["<p>The <b>lamp</b> is made by hand.</p>"])]), body: body)
        #expect(decision.mode == "auto")
    }

    @Test("a browser trace without raw responses stays in the browser; an HTTP recording is always auto")
    func withoutResponses() {
        var old = Self.trace([Self.extract(["a"])])
        for i in old.steps.indices {
            old.steps[i].before?.response = nil
            old.steps[i].after?.response = nil
        }
        #expect(LowerToHTTP.decide(old, responses: { _ in nil }) == .noResponses)
        #expect(LowerToHTTP.decide(old, responses: nil) == .noResponses)
        old.recordedMode = "http"
        #expect(LowerToHTTP.decide(old, responses: nil) == .recordedOverHTTP)
    }

    @Test("a failed attempt the run went on without does not count")
    func failedStepsAreDropped() {
        var scroll = TraceStep(index: 0, action: .scroll, before: Self.page())
        scroll.error = "timed out"
        #expect(Self.decide(Self.trace([scroll, Self.extract(["a"])]), body: "<p>a</p>").mode == "auto")
    }
}
