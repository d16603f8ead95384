import Testing
import WTDiagnostics
import WTSema

@Suite("Output schema: the schema document")
struct SchemaDocumentTests {
    static let cases: [SchemaCase] = [
        SchemaCase(
            "invalid JSON is reported at its position", [TestOutput("x", .int)],
            "{\n  \"properties\": {\n    \"x\": {\"type\": \"string\"1️⃣]\n}", [Finding("json.syntax", at: "1️⃣")]),
        SchemaCase("an empty file is not JSON", [TestOutput("x", .int)], "1️⃣", [Finding("json.syntax", at: "1️⃣")]),
        SchemaCase("a root array", [TestOutput("x", .int)], "1️⃣[{}]", [Finding("schema.root-not-object", at: "1️⃣")]),
        SchemaCase("a boolean root", [TestOutput("x", .int)], "1️⃣true", [Finding("schema.root-not-object", at: "1️⃣")]),
        SchemaCase(
            "a root typed as an array", [TestOutput("x", .int)],
            #"{"type": 1️⃣"array", "items": {}}"#, [Finding("schema.root-not-object", at: "1️⃣")]),
        SchemaCase("a root typed object or null is fine", [TestOutput("x", .int)], #"{"type": ["object", "null"]}"#),
        SchemaCase(
            "annotations are ignored", [TestOutput("x", .int)],
            """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://example.com/s",
             "title": "t", "description": "d", "$comment": "c",
             "properties": {"x": {"type": "integer", "default": 1, "examples": [1, 2], "title": "x"}}}
            """),
        SchemaCase(
            "unsupported keywords get one warning each, at the keyword", [TestOutput("x", .string)],
            """
            {1️⃣"anyOf": [{}], "properties": {"x": {2️⃣"oneOf": [{}], 3️⃣"allOf": [{}], 4️⃣"not": {},
             5️⃣"if": {}, 6️⃣"then": {}, 7️⃣"else": {}, 8️⃣"minLength": 1}}, 9️⃣"patternProperties": {}}
            """,
            [
                Finding("schema.unsupported-keyword", .warning, at: "1️⃣"),
                Finding("schema.unsupported-keyword", .warning, at: "9️⃣"),
                Finding("schema.unsupported-keyword", .warning, at: "2️⃣"),
                Finding("schema.unsupported-keyword", .warning, at: "3️⃣"),
                Finding("schema.unsupported-keyword", .warning, at: "4️⃣"),
                Finding("schema.unsupported-keyword", .warning, at: "5️⃣"),
                Finding("schema.unsupported-keyword", .warning, at: "6️⃣"),
                Finding("schema.unsupported-keyword", .warning, at: "7️⃣"),
                Finding("schema.unsupported-keyword", .warning, at: "8️⃣"),
            ]),
        SchemaCase(
            "a keyword reached twice is reported once", [TestOutput("a", .int), TestOutput("b", .int)],
            """
            {"properties": {"a": {"$ref": "#/$defs/n"}, "b": {"$ref": "#/$defs/n"}},
             "$defs": {"n": {1️⃣"minimum": 0}}}
            """, [Finding("schema.unsupported-keyword", .warning, at: "1️⃣")]),
        SchemaCase(
            "an unknown type name", [TestOutput("x", .int)],
            #"{"properties": {"x": {"type": 1️⃣"str"}}}"#, [Finding("schema.invalid-keyword", at: "1️⃣")]),
        SchemaCase(
            "a type that is not a name", [TestOutput("x", .int)],
            #"{"properties": {"x": {"type": 1️⃣[]}}}"#, [Finding("schema.invalid-keyword", at: "1️⃣")]),
        SchemaCase(
            "required that is not an array", [TestOutput("x", .int)],
            #"{"properties": {"x": {}}, "required": 1️⃣"x"}"#, [Finding("schema.invalid-keyword", at: "1️⃣")]),
        SchemaCase(
            "properties that is not an object", [TestOutput("x", .int)],
            #"{"properties": 1️⃣["x"]}"#, [Finding("schema.invalid-keyword", at: "1️⃣")]),
        SchemaCase(
            "a subschema that is a number", [TestOutput("x", .int)],
            #"{"properties": {"x": 1️⃣5}}"#, [Finding("schema.invalid-schema", at: "1️⃣")]),
        SchemaCase(
            "$defs that is not an object", [TestOutput("x", .int)],
            #"{"properties": {"x": {}}, "$defs": 1️⃣[]}"#, [Finding("schema.invalid-keyword", at: "1️⃣")]),
        SchemaCase(
            "additionalProperties that is a number", [TestOutput("x", .int)],
            #"{"properties": {}, "additionalProperties": 1️⃣1}"#, [Finding("schema.invalid-keyword", at: "1️⃣")]),
    ]

    @Test("problems in the schema itself are reported in the schema file", arguments: cases)
    func documentProblems(_ row: SchemaCase) {
        SchemaHarness.expect(row)
    }

    @Test("an invalid schema is reported at its line and column")
    func invalidJSONPosition() throws {
        let (_, diagnostics) = SchemaHarness.run(
            [TestOutput("x", .int)], schema: "{\n  \"type\": \"object\",\n  \"x\": 01\n}")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.span?.description == "schema.json:3:8")
        #expect(diagnostic.text == "leading zeros are not allowed")
    }

    @Test("an unsupported keyword says it is not checked")
    func unsupportedText() {
        let (_, diagnostics) = SchemaHarness.run([TestOutput("x", .int)], schema: #"{"anyOf": []}"#)
        #expect(diagnostics.map(\.text) == ["'anyOf' is not checked"])
    }

    @Test("a finding renders at the declaration with a note in the schema")
    func rendered() {
        let (_, diagnostics) = SchemaHarness.run(
            [TestOutput("count", .string)],
            schema: "{\n  \"properties\": {\n    \"count\": {\"type\": \"integer\"}\n  }\n}")
        let program = SourceFile(path: "program.wt", text: "output count: string")
        let schema = SourceFile(
            path: "schema.json", text: "{\n  \"properties\": {\n    \"count\": {\"type\": \"integer\"}\n  }\n}")
        let text = DiagnosticRenderer(sources: [program, schema]).render(diagnostics)
        #expect(
            text == """
                program.wt:1:1: error: output 'count' is string, but the schema (#/properties/count) says integer \
                [schema.type-mismatch]
                 1 | output count: string
                   | ^~~~~~~~~~~~~~~~~~~~
                schema.json:3:23: note: the schema says so here
                 3 |     "count": {"type": "integer"}
                   |                       ^~~~~~~~~

                """)
    }
}
