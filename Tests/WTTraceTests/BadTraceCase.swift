import Testing
import WTDiagnostics
import WTTestSupport
import WTTrace

/// An invalid `trace.json` with exactly one problem: `1️⃣` marks where it must be reported.
struct BadTraceCase: Sendable, CustomTestStringConvertible {
    var name: String
    var source: String
    var id: String
    /// Text the message must contain.
    var message: String
    /// Text the help must contain, if any.
    var help: String?

    init(_ name: String, _ source: String, _ id: String, _ message: String, help: String? = nil) {
        self.name = name
        self.source = source
        self.id = id
        self.message = message
        self.help = help
    }

    var testDescription: String { name }

    /// Reads the case and checks that it gives exactly one diagnostic, with the id, text and position.
    func check() {
        let marked = MarkedSource(source)
        let file = SourceFile(path: "trace.json", text: marked.text)
        var engine = DiagnosticEngine()
        let trace = TraceReader.read(file, diagnostics: &engine)
        #expect(trace == nil, "a bad trace must not be returned")
        let diagnostics = engine.diagnostics
        #expect(diagnostics.count == 1, "\(diagnostics.map { "\($0.span?.description ?? "-") \($0.text)" })")
        guard let diagnostic = diagnostics.first else { return }
        #expect(diagnostic.id == id)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.text.contains(message), "\(diagnostic.text)")
        if let help { #expect(diagnostic.help?.contains(help) == true, "\(diagnostic.help ?? "no help")") }
        let expected = file.location(of: marked["1️⃣"])
        #expect(diagnostic.span?.description == "trace.json:\(expected.line):\(expected.column)")
    }
}
