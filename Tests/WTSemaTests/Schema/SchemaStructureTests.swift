import Testing
import WTDiagnostics
import WTSema

@Suite("Output schema: lists, records and the result object")
struct SchemaStructureTests {
    static let quote = WTType.record([.init(name: "text", type: .string), .init(name: "author", type: .string)])

    static let lists: [SchemaCase] = [
        SchemaCase(
            "list of strings, array of strings", [TestOutput("tags", .list(.string))],
            #"{"properties": {"tags": {"type": "array", "items": {"type": "string"}}}}"#),
        SchemaCase(
            "list of ints, array of strings", [TestOutput("tags", .list(.int))],
            #"{"properties": {"tags": {"type": "array", "items": {"type": 1️⃣"string"}}}}"#,
            [Finding("schema.type-mismatch", at: "output 'tags'", note: "1️⃣")]),
        SchemaCase(
            "list against an array without items", [TestOutput("tags", .list(.int))],
            #"{"properties": {"tags": {"type": "array"}}}"#),
        SchemaCase(
            "list of lists", [TestOutput("grid", .list(.list(.bool)))],
            #"{"properties": {"grid": {"items": {"items": {"type": 1️⃣"integer"}}}}}"#,
            [Finding("schema.type-mismatch", at: "output 'grid'", note: "1️⃣")]),
        SchemaCase(
            "tuple items are not checked", [TestOutput("pair", .list(.int))],
            #"{"properties": {"pair": {"type": "array", 1️⃣"items": [{"type": "integer"}]}}}"#,
            [Finding("schema.unsupported-keyword", .warning, at: "1️⃣")]),
        SchemaCase(
            "items are not compared once the kinds disagree", [TestOutput("tags", .list(.int))],
            #"{"properties": {"tags": {"type": 1️⃣"string", "items": {"type": "string"}}}}"#,
            [Finding("schema.type-mismatch", at: "output 'tags'", note: "1️⃣")]),
    ]

    @Test("lists are arrays and their items are compared", arguments: lists)
    func listItems(_ row: SchemaCase) {
        SchemaHarness.expect(row)
    }

    static let records: [SchemaCase] = [
        SchemaCase(
            "record matches properties and required", [TestOutput("q", quote)],
            """
            {"properties": {"q": {"type": "object", "properties": {"text": {"type": "string"},
              "author": {"type": "string"}}, "required": ["text", "author"], "additionalProperties": false}}}
            """),
        SchemaCase(
            "a field the schema requires is missing", [TestOutput("q", quote)],
            """
            {"properties": {"q": {"properties": {"text": {}, "author": {}, "year": {}}, "required": [1️⃣"year"]}}}
            """, [Finding("schema.missing-field", at: "output 'q'", note: "1️⃣")]),
        SchemaCase(
            "a field the closed schema does not list", [TestOutput("q", quote)],
            """
            {"properties": {"q": {"properties": {"text": {}}, "additionalProperties": 1️⃣false}}}
            """, [Finding("schema.unknown-field", at: "output 'q'", note: "1️⃣")]),
        SchemaCase(
            "a field the open schema does not list", [TestOutput("q", quote)],
            """
            {"properties": {"q": {1️⃣"properties": {"text": {}}}}}
            """, [Finding("schema.unknown-field", .warning, at: "output 'q'", note: "1️⃣")]),
        SchemaCase(
            "additionalProperties true still warns", [TestOutput("q", quote)],
            """
            {"properties": {"q": {1️⃣"properties": {"text": {}}, "additionalProperties": true}}}
            """, [Finding("schema.unknown-field", .warning, at: "output 'q'", note: "1️⃣")]),
        SchemaCase(
            "unlisted fields are checked against an additionalProperties schema", [TestOutput("q", quote)],
            """
            {"properties": {"q": {"properties": {"text": {}}, "additionalProperties": {"type": 1️⃣"integer"}}}}
            """, [Finding("schema.type-mismatch", at: "output 'q'", note: "1️⃣")]),
        SchemaCase(
            "an object schema without properties says nothing about fields", [TestOutput("q", quote)],
            #"{"properties": {"q": {"type": "object"}}}"#),
    ]

    @Test("records are objects: properties, required and additionalProperties", arguments: records)
    func recordFields(_ row: SchemaCase) {
        SchemaHarness.expect(row)
    }

    static let outputs: [SchemaCase] = [
        SchemaCase(
            "every output is a property", [TestOutput("a", .string), TestOutput("b", .int)],
            #"{"type": "object", "properties": {"a": {}, "b": {}}, "required": ["a", "b"]}"#),
        SchemaCase(
            "an output the open schema does not list", [TestOutput("a", .string), TestOutput("b", .int)],
            #"{1️⃣"properties": {"a": {}}}"#,
            [Finding("schema.unknown-output", .warning, at: "output 'b'", note: "1️⃣")]),
        SchemaCase(
            "an output the closed schema does not list", [TestOutput("a", .string), TestOutput("b", .int)],
            #"{"properties": {"a": {}}, "additionalProperties": 1️⃣false}"#,
            [Finding("schema.unknown-output", at: "output 'b'", note: "1️⃣")]),
        SchemaCase(
            "a required output the program does not declare", [TestOutput("a", .string)],
            #"{"properties": {"a": {}, "b": {}}, "required": ["a", 1️⃣"b"]}"#,
            [Finding("schema.missing-output", at: "1️⃣")]),
        SchemaCase(
            "a program without outputs against a schema requiring one", [],
            #"{"required": [1️⃣"total"]}"#, [Finding("schema.missing-output", at: "1️⃣")]),
    ]

    @Test("the result object has one property per output", arguments: outputs)
    func topLevelOutputs(_ row: SchemaCase) {
        SchemaHarness.expect(row)
    }

    @Test("a nested mismatch names the output, the field and the schema location")
    func nestedMessage() throws {
        let quotes = WTType.list(.record([.init(name: "text", type: .string), .init(name: "author", type: .int)]))
        let schema = """
            {
              "type": "object",
              "properties": {
                "quotes": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "properties": {
                      "text": {"type": "string"},
                      "author": {"type": 1️⃣"string"}
                    }
                  }
                }
              }
            }
            """
        let (findings, diagnostics) = SchemaHarness.run([TestOutput("quotes", quotes)], schema: schema)
        #expect(findings == [Finding("schema.type-mismatch", at: "output 'quotes'", note: "1️⃣")])
        let diagnostic = try #require(diagnostics.first)
        #expect(
            diagnostic.text
                == "output 'quotes': field 'author' is int, but the schema (#/properties/quotes/items/properties/author) says string"
        )
        #expect(diagnostic.span?.description == "program.wt:1:1")
        #expect(diagnostic.notes.first?.span?.description == "schema.json:10:30")
    }

    @Test("paths through lists inside records are written with []")
    func pathThroughNestedLists() {
        let post = WTType.record([.init(name: "tags", type: .list(.record([.init(name: "name", type: .int)])))])
        let schema =
            #"{"properties": {"posts": {"items": {"properties": {"tags": {"items": {"properties": {"name": {"type": "string"}, "ids": {"items": {}}}, "required": ["ids"]}}}}}}}"#
        let (_, diagnostics) = SchemaHarness.run([TestOutput("posts", .list(post))], schema: schema)
        #expect(
            diagnostics.map(\.text) == [
                "output 'posts': field 'tags[].name' is int, but the schema "
                    + "(#/properties/posts/items/properties/tags/items/properties/name) says string",
                "output 'posts': field 'tags': each item has no field 'ids', but the schema "
                    + "(#/properties/posts/items/properties/tags/items) requires it",
            ])
    }
}
