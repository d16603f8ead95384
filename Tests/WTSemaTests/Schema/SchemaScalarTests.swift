import Testing
import WTDiagnostics
import WTSema

@Suite("Output schema: scalar types, formats and enums")
struct SchemaScalarTests {
    private static func row(_ name: String, _ type: WTType, _ property: String, _ expected: [Finding] = [])
        -> SchemaCase
    {
        SchemaCase(name, [TestOutput("x", type)], SchemaHarness.object("x", property), expected)
    }

    private static func mismatch(_ id: String = "schema.type-mismatch") -> [Finding] {
        [Finding(id, at: "output 'x'", note: "1️⃣")]
    }

    static let types: [SchemaCase] = [
        row("string is string", .string, #"{"type": "string"}"#),
        row("int is integer", .int, #"{"type": "integer"}"#),
        row("int is also a number", .int, #"{"type": "number"}"#),
        row("number is number", .number, #"{"type": "number"}"#),
        row("number is not integer", .number, #"{"type": 1️⃣"integer"}"#, mismatch("schema.not-integer")),
        row("bool is boolean", .bool, #"{"type": "boolean"}"#),
        row("string is not integer", .string, #"{"type": 1️⃣"integer"}"#, mismatch()),
        row("bool is not string", .bool, #"{"type": 1️⃣"string"}"#, mismatch()),
        row("int is not boolean", .int, #"{"type": 1️⃣"boolean"}"#, mismatch()),
        row("url is string", .url, #"{"type": "string"}"#),
        row("url is not integer", .url, #"{"type": 1️⃣"integer"}"#, mismatch()),
        row("date is string", .date, #"{"type": "string"}"#),
        row("file is a string reference", .file, #"{"type": "string"}"#),
        row("file may be an object", .file, #"{"type": "object"}"#),
        row("file is not an integer", .file, #"{"type": 1️⃣"integer"}"#, mismatch()),
        row(
            "secret never leaves a run", .secret, #"{"type": "string"}"#,
            [Finding("schema.secret-output", at: "output 'x'")]),
        row("a type array with the type", .int, #"{"type": ["string", "integer"]}"#),
        row("a type array without it", .bool, #"{"type": 1️⃣["string", "null"]}"#, mismatch()),
        row(
            "number against integer or null", .number, #"{"type": 1️⃣["integer", "null"]}"#,
            mismatch("schema.not-integer")),
        row("no type accepts anything", .int, #"{"description": "anything"}"#),
        row("an empty schema accepts anything", .bool, "{}"),
        row("the true schema accepts anything", .bool, "true"),
        row("the false schema accepts nothing", .string, "1️⃣false", mismatch("schema.forbidden")),
        row("an error type is not reported again", .error, #"{"type": "integer"}"#),
        row("list is not string", .list(.string), #"{"type": 1️⃣"string"}"#, mismatch()),
        row("record is not array", .record([.init(name: "a", type: .int)]), #"{"type": 1️⃣"array"}"#, mismatch()),
    ]

    @Test("program scalar types map to JSON Schema types", arguments: types)
    func scalarTypes(_ row: SchemaCase) {
        SchemaHarness.expect(row)
    }

    static let formats: [SchemaCase] = [
        row("url with format uri", .url, #"{"type": "string", "format": "uri"}"#),
        row("url with any format", .url, #"{"type": "string", "format": "hostname"}"#),
        row("date with format date", .date, #"{"type": "string", "format": "date"}"#),
        row("date with format date-time", .date, #"{"type": "string", "format": "date-time"}"#),
        row(
            "date with another format", .date, #"{"type": "string", "format": 1️⃣"email"}"#,
            mismatch("schema.format-mismatch")),
        row(
            "string with format uri suggests url", .string, #"{"type": "string", "format": 1️⃣"uri"}"#,
            [Finding("schema.format-suggestion", .warning, at: "output 'x'", note: "1️⃣")]),
        row(
            "string with format iri-reference suggests url", .string, #"{"format": 1️⃣"iri-reference"}"#,
            [Finding("schema.format-suggestion", .warning, at: "output 'x'", note: "1️⃣")]),
        row(
            "string with format date-time suggests date", .string, #"{"type": "string", "format": 1️⃣"date-time"}"#,
            [Finding("schema.format-suggestion", .warning, at: "output 'x'", note: "1️⃣")]),
        row("string with format email is fine", .string, #"{"type": "string", "format": "email"}"#),
        row("file with a format is fine", .file, #"{"type": "string", "format": "uri"}"#),
    ]

    @Test("formats: url and date fit theirs, a plain string gets a hint", arguments: formats)
    func stringFormats(_ row: SchemaCase) {
        SchemaHarness.expect(row)
    }

    static let enums: [SchemaCase] = [
        row("string output, enum of strings", .string, #"{"enum": ["open", "closed"]}"#),
        row("int output, enum of strings", .int, #"{"enum": 1️⃣["open", "closed"]}"#, mismatch("schema.enum-mismatch")),
        row("int output, enum of integers", .int, #"{"enum": [1, 2, 3]}"#),
        row("number output, enum of integers", .number, #"{"enum": [1, 2.0]}"#),
        row("int output, enum of fractions", .int, #"{"enum": 1️⃣[1.5, 2.5]}"#, mismatch("schema.enum-mismatch")),
        row("int output, mixed enum", .int, #"{"enum": ["a", 2]}"#),
        row("bool output, const true", .bool, #"{"const": true}"#),
        row("string output, const number", .string, #"{"const": 1️⃣3}"#, mismatch("schema.enum-mismatch")),
        row("url output, enum of strings", .url, #"{"type": "string", "enum": ["https://a.example"]}"#),
        row("list output, enum of arrays", .list(.int), #"{"enum": [[1, 2]]}"#),
        row("string output, enum of only null", .string, #"{"enum": 1️⃣[null]}"#, mismatch("schema.enum-mismatch")),
    ]

    @Test("enum and const: the program type must be able to produce a listed value", arguments: enums)
    func enumsAndConsts(_ row: SchemaCase) {
        SchemaHarness.expect(row)
    }

    @Test("messages name the output, the program type, the schema location and the schema's types")
    func messageText() {
        let (_, diagnostics) = SchemaHarness.run(
            [TestOutput("x", .bool), TestOutput("y", .number), TestOutput("z", .int)],
            schema:
                #"{"properties": {"x": {"type": ["string", "null"]}, "y": {"type": "integer"}, "z": {"enum": ["a", "b"]}}}"#
        )
        #expect(
            diagnostics.map(\.text) == [
                "output 'x' is bool, but the schema (#/properties/x) says string or null",
                "output 'y' is number and may have a fraction, but the schema (#/properties/y) says integer",
                "output 'z' is int, but the schema (#/properties/z) only allows \"a\", \"b\"",
            ])
        #expect(diagnostics.allSatisfy { $0.notes.map(\.text) == ["the schema says so here"] })
    }
}
