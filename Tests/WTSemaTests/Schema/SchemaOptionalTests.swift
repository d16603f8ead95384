import Testing
import WTDiagnostics
import WTSema

@Suite("Output schema: optional outputs, required and null")
struct SchemaOptionalTests {
    static let cases: [SchemaCase] = [
        SchemaCase(
            "optional and not required", [TestOutput("x", .optional(.string))],
            #"{"properties": {"x": {"type": "string"}}}"#),
        SchemaCase(
            "optional but required and not nullable", [TestOutput("x", .optional(.string))],
            #"{"properties": {"x": {"type": "string"}}, "required": [1️⃣"x"]}"#,
            [Finding("schema.optional-required", at: "output 'x'", note: "1️⃣")]),
        SchemaCase(
            "optional, required and nullable", [TestOutput("x", .optional(.string))],
            #"{"properties": {"x": {"type": ["string", "null"]}}, "required": ["x"]}"#),
        SchemaCase(
            "optional, required and untyped", [TestOutput("x", .optional(.int))],
            #"{"properties": {"x": {}}, "required": ["x"]}"#),
        SchemaCase(
            "optional, required, enum without null", [TestOutput("x", .optional(.string))],
            #"{"properties": {"x": {"enum": ["a"]}}, "required": [1️⃣"x"]}"#,
            [Finding("schema.optional-required", at: "output 'x'", note: "1️⃣")]),
        SchemaCase(
            "optional, required, enum with null", [TestOutput("x", .optional(.string))],
            #"{"properties": {"x": {"enum": ["a", null]}}, "required": ["x"]}"#),
        SchemaCase(
            "items that may be null against non-null items", [TestOutput("x", .list(.optional(.string)))],
            #"{"properties": {"x": {"type": "array", "items": {"type": 1️⃣"string"}}}}"#,
            [Finding("schema.null-not-allowed", at: "output 'x'", note: "1️⃣")]),
        SchemaCase(
            "items that may be null against nullable items", [TestOutput("x", .list(.optional(.string)))],
            #"{"properties": {"x": {"type": "array", "items": {"type": ["null", "string"]}}}}"#),
        SchemaCase(
            "optional field of a record, required",
            [
                TestOutput("r", .record([.init(name: "a", type: .optional(.int))]))
            ], #"{"properties": {"r": {"properties": {"a": {"type": "integer"}}, "required": [1️⃣"a"]}}}"#,
            [Finding("schema.optional-required", at: "output 'r'", note: "1️⃣")]),
        SchemaCase(
            "optional output with the wrong type reports both", [TestOutput("x", .optional(.bool))],
            #"{"properties": {"x": {"type": 2️⃣"string"}}, "required": [1️⃣"x"]}"#,
            [
                Finding("schema.optional-required", at: "output 'x'", note: "1️⃣"),
                Finding("schema.type-mismatch", at: "output 'x'", note: "2️⃣"),
            ]),
    ]

    @Test("an optional value needs null in the schema or a property that is not required", arguments: cases)
    func optionals(_ row: SchemaCase) {
        SchemaHarness.expect(row)
    }

    @Test("the optional message names the declared type and says what to change")
    func messageText() throws {
        let (_, diagnostics) = SchemaHarness.run(
            [TestOutput("x", .optional(.string))],
            schema: #"{"properties": {"x": {"type": "string"}}, "required": ["x"]}"#)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.text == "output 'x' may be absent (declared 'string?') but the schema requires it")
        #expect(diagnostic.notes.first?.text == "the schema requires it here")
        #expect(diagnostic.help?.contains("\"null\"") == true)
    }
}
