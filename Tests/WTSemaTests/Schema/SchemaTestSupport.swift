import Testing
import WTDiagnostics
import WTSema
import WTTestSupport

/// A program output for a test; output `i` is declared on line `i + 1` of `program.wt`.
struct TestOutput: Sendable {
    var name: String
    var type: WTType

    init(_ name: String, _ type: WTType) {
        self.name = name
        self.type = type
    }
}

/// A diagnostic reduced to what the tests compare: where it is (`output 'x'` for an output's declaration,
/// or a marker in the schema) and where its note points (a marker in the schema).
struct Finding: Hashable, Sendable, CustomStringConvertible {
    var id: String
    var severity: Severity
    var at: String
    var note: String?

    init(_ id: String, _ severity: Severity = .error, at: String, note: String? = nil) {
        self.id = id
        self.severity = severity
        self.at = at
        self.note = note
    }

    var description: String { "\(severity) [\(id)] at \(at)" + (note.map { ", note at \($0)" } ?? "") }
}

/// One table row: outputs, a schema with markers, and exactly the findings expected.
struct SchemaCase: Sendable, CustomTestStringConvertible {
    var name: String
    var outputs: [TestOutput]
    var schema: String
    var expected: [Finding]

    init(_ name: String, _ outputs: [TestOutput], _ schema: String, _ expected: [Finding] = []) {
        self.name = name
        self.outputs = outputs
        self.schema = schema
        self.expected = expected
    }

    var testDescription: String { name }
}

enum SchemaHarness {
    /// Runs the check; returns every diagnostic, reduced to findings, and the diagnostics themselves.
    static func run(_ outputs: [TestOutput], schema markedText: String) -> (findings: [Finding], all: [Diagnostic]) {
        let marked = MarkedSource(markedText)
        let schema = SourceFile(path: "schema.json", text: marked.text)
        let program = SourceFile(
            path: "program.wt", text: outputs.map { "output \($0.name): \($0.type)" }.joined(separator: "\n"))
        var offset = 0
        var declarations: [OutputDeclaration] = []
        for output in outputs {
            let length = "output \(output.name): \(output.type)".utf8.count
            let span = program.span(of: SourceRange(start: offset, end: offset + length))
            declarations.append(OutputDeclaration(name: output.name, type: output.type, span: span))
            offset += length + 1
        }
        var engine = DiagnosticEngine()
        OutputSchemaCheck.check(outputs: declarations, schema: schema, diagnostics: &engine)
        let findings = engine.diagnostics.map { diagnostic in
            Finding(
                diagnostic.id, diagnostic.severity,
                at: place(diagnostic.span, outputs: outputs, marked: marked),
                note: diagnostic.notes.first.map { place($0.span, outputs: outputs, marked: marked) })
        }
        return (findings, engine.diagnostics)
    }

    /// Runs a table row and compares all findings; an unexpected diagnostic fails the test.
    static func expect(_ row: SchemaCase, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let (findings, all) = run(row.outputs, schema: row.schema)
        #expect(findings == row.expected, "\(all.map(\.text))", sourceLocation: sourceLocation)
    }

    private static func place(_ span: SourceSpan?, outputs: [TestOutput], marked: MarkedSource) -> String {
        guard let span else { return "nowhere" }
        if span.path == "program.wt" {
            return outputs.indices.contains(span.start.line - 1)
                ? "output '\(outputs[span.start.line - 1].name)'"
                : "program:\(span.start.line)"
        }
        let marker = marked.offsets.first { $0.value == span.start.offset }?.key
        return marker ?? "schema:\(span.start.line):\(span.start.column)"
    }

    /// `{"type": "object", "properties": {"<name>": <property>}}`, spread over lines like a real file.
    static func object(_ name: String, _ property: String, extra: String = "") -> String {
        """
        {
          "type": "object",\(extra)
          "properties": {
            "\(name)": \(property)
          }
        }
        """
    }
}
