import Testing
import WTDiagnostics
import WTTestSupport
import WTTrace

@Suite("Reporting every problem of a trace in one pass")
struct TraceReaderOnePassTests {
    @Test("problems in different parts of the trace are all reported, each at its own position")
    func severalProblems() {
        let marked = MarkedSource(
            """
            {
              "version": 1,
              "task": 1️⃣42,
              "name": "quotes",
              "startUrl": "https://example.com/",
              "recordedMode": "browser",
              "parameters": [{"name": "q", "type": "string", 2️⃣"defualt": "x"}],
              "outputs": [],
              "steps": [
                {"index": 1, "action": 3️⃣"clik"},
                {"index": 4️⃣7, "action": 5️⃣"fill", "target": {"tag": "input"}, "before": {"url": "u", "title": "t"}},
                {"index": 3, "action": "back", "after": {"url": "u", "title": "t", "snapshot": 6️⃣"/abs.html"}}
              ],
              "outcome": {"status": "failed", "failedStep": 7️⃣9},
              "result": {}
            }
            """)
        let file = SourceFile(path: "trace.json", text: marked.text)
        var engine = DiagnosticEngine()
        #expect(TraceReader.read(file, diagnostics: &engine) == nil)
        let found = Set(engine.diagnostics.map { Found(id: $0.id, offset: $0.span?.start.offset ?? -1) })
        let expected: Set<Found> = [
            Found(id: "trace.wrong-type", offset: marked["1️⃣"]),
            Found(id: "trace.unknown-member", offset: marked["2️⃣"]),
            Found(id: "trace.unknown-action", offset: marked["3️⃣"]),
            Found(id: "trace.step-index", offset: marked["4️⃣"]),
            Found(id: "trace.missing-member", offset: marked["5️⃣"]),
            Found(id: "trace.bad-path", offset: marked["6️⃣"]),
            Found(id: "trace.failed-step", offset: marked["7️⃣"]),
        ]
        #expect(found == expected)
        #expect(engine.diagnostics.count == expected.count)
    }

    struct Found: Hashable {
        var id: String
        var offset: Int
    }

    @Test("a diagnostic renders as path:line:column of the offending value, with the help")
    func rendered() throws {
        let marked = MarkedSource(TraceFixtures.document(steps: [#"{"index": 1, "action": 1️⃣"clik"}"#]))
        let file = SourceFile(path: "traces/login/trace.json", text: marked.text)
        var engine = DiagnosticEngine()
        _ = TraceReader.read(file, diagnostics: &engine)
        let at = file.location(of: marked["1️⃣"])
        let text = DiagnosticRenderer(sources: [file]).render(engine.diagnostics)
        let headline =
            "traces/login/trace.json:\(at.line):\(at.column): error: unknown action 'clik' [trace.unknown-action]"
        #expect(text.hasPrefix(headline + "\n"), "\(text)")
        #expect(text.contains("help: did you mean 'click'?"))
    }

    @Test("a valid trace gives no diagnostics, and null optional members read as absent")
    func valid() throws {
        let text = TraceFixtures.document(steps: [
            #"{"index": 1, "action": "scroll", "value": null, "target": null, "scope": null, "timing": null}"#
        ])
        let (trace, diagnostics) = TraceFixtures.read(text)
        #expect(diagnostics.isEmpty)
        let step = try #require(trace?.steps.first)
        #expect(step == TraceStep(index: 1, action: .scroll))
    }

    @Test("a parameter's null value and default stay JSON null, distinct from absent")
    func nullParameterValues() throws {
        let text = TraceFixtures.document(["parameters": #"[{"name": "a", "type": "string", "value": null}]"#])
        let parameter = try #require(TraceFixtures.read(text).trace?.parameters.first)
        #expect(parameter.value == .null)
        #expect(parameter.defaultValue == nil)
    }

    @Test("a trace of another version reports only the version, since the rest follows unknown rules")
    func versionStops() {
        let text = TraceFixtures.document(["version": "2"], extra: [#""newMember": true"#])
        let (trace, diagnostics) = TraceFixtures.read(text)
        #expect(trace == nil)
        #expect(diagnostics.map(\.id) == ["trace.version"])
    }

    @Test("ten thousand bad steps are reported up to the engine's limit and no further")
    func diagnosticLimit() {
        let steps = (1...10_000).map { #"{"index": \#($0), "action": "jump"}"# }
        let file = SourceFile(path: "trace.json", text: TraceFixtures.document(steps: steps))
        var engine = DiagnosticEngine(limit: 50)
        #expect(TraceReader.read(file, diagnostics: &engine) == nil)
        #expect(engine.diagnostics.count == 50)
        #expect(engine.diagnostics.allSatisfy { $0.id == "trace.unknown-action" })
    }
}
