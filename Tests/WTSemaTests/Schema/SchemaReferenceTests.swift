import Testing
import WTDiagnostics
import WTSema

@Suite("Output schema: $ref, $defs and recursion")
struct SchemaReferenceTests {
    static let quote = WTType.record([.init(name: "text", type: .string), .init(name: "author", type: .int)])

    /// A tree of `levels` records, each with a name and a list of children.
    static func tree(_ levels: Int, leafName: WTType = .string) -> WTType {
        var fields: [WTType.RecordField] = [.init(name: "name", type: leafName)]
        if levels > 1 { fields.append(.init(name: "children", type: .list(tree(levels - 1, leafName: leafName)))) }
        return .record(fields)
    }

    static let treeSchema = """
        {
          "properties": {"root": {"$ref": "#/$defs/node"}},
          "$defs": {
            "node": {
              "type": "object",
              "properties": {
                "name": {"type": 1️⃣"string"},
                "children": {"type": "array", "items": {"$ref": "#/$defs/node"}}
              }
            }
          }
        }
        """

    static let cases: [SchemaCase] = [
        SchemaCase(
            "a $defs reference is followed", [TestOutput("q", quote)],
            """
            {"properties": {"q": {"$ref": "#/$defs/Quote"}},
             "$defs": {"Quote": {"properties": {"text": {}, "author": {"type": 1️⃣"string"}}}}}
            """, [Finding("schema.type-mismatch", at: "output 'q'", note: "1️⃣")]),
        SchemaCase(
            "a legacy definitions reference is followed", [TestOutput("q", quote)],
            """
            {"properties": {"q": {"$ref": "#/definitions/Quote"}},
             "definitions": {"Quote": {"properties": {"text": {}, "author": {"type": 1️⃣"string"}}}}}
            """, [Finding("schema.type-mismatch", at: "output 'q'", note: "1️⃣")]),
        SchemaCase("a recursive schema checks a deep tree", [TestOutput("root", tree(5))], treeSchema),
        SchemaCase(
            "a recursive schema finds the mismatch at every depth", [TestOutput("root", tree(3, leafName: .int))],
            treeSchema, Array(repeating: Finding("schema.type-mismatch", at: "output 'root'", note: "1️⃣"), count: 3)),
        SchemaCase(
            "references that only point at each other terminate", [TestOutput("x", .int)],
            """
            {"properties": {"x": {"$ref": "#/$defs/a"}},
             "$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}}
            """),
        SchemaCase(
            "a self-referencing root", [TestOutput("x", .list(.string))],
            """
            {"type": 1️⃣"object", "properties": {"x": {"$ref": "#"}}}
            """, [Finding("schema.type-mismatch", at: "output 'x'", note: "1️⃣")]),
        SchemaCase(
            "pointer escapes ~0 and ~1 and percent-encoding",
            [
                TestOutput("a", .int), TestOutput("b", .int), TestOutput("c", .int),
            ],
            """
            {"properties": {"a": {"$ref": "#/$defs/x~1y"}, "b": {"$ref": "#/$defs/m~0n"}, "c": {"$ref": "#/$defs/p%20q"}},
             "$defs": {"x/y": {"type": 1️⃣"string"}, "m~n": {"type": 2️⃣"string"}, "p q": {"type": 3️⃣"string"}}}
            """,
            [
                Finding("schema.type-mismatch", at: "output 'a'", note: "1️⃣"),
                Finding("schema.type-mismatch", at: "output 'b'", note: "2️⃣"),
                Finding("schema.type-mismatch", at: "output 'c'", note: "3️⃣"),
            ]),
        SchemaCase(
            "siblings of $ref are checked too", [TestOutput("x", .bool)],
            """
            {"properties": {"x": {"type": 1️⃣"string", "$ref": "#/$defs/n"}}, "$defs": {"n": {"type": 2️⃣"integer"}}}
            """,
            [
                Finding("schema.type-mismatch", at: "output 'x'", note: "1️⃣"),
                Finding("schema.type-mismatch", at: "output 'x'", note: "2️⃣"),
            ]),
        SchemaCase(
            "required and nullability through a reference", [TestOutput("x", .optional(.string))],
            """
            {"properties": {"x": {"$ref": "#/$defs/s"}}, "required": [1️⃣"x"], "$defs": {"s": {"type": "string"}}}
            """, [Finding("schema.optional-required", at: "output 'x'", note: "1️⃣")]),
        SchemaCase(
            "an unresolvable reference", [TestOutput("x", .int)],
            ##"{"properties": {"x": {"$ref": 1️⃣"#/$defs/missing"}}, "$defs": {}}"##,
            [Finding("schema.unresolved-ref", at: "1️⃣")]),
        SchemaCase(
            "a reference to another file", [TestOutput("x", .int)],
            ##"{"properties": {"x": {"$ref": 1️⃣"other.json#/$defs/a"}}}"##,
            [Finding("schema.unresolved-ref", at: "1️⃣")]),
        SchemaCase(
            "an anchor reference", [TestOutput("x", .int)],
            ##"{"properties": {"x": {"$ref": 1️⃣"#thing"}}}"##, [Finding("schema.unresolved-ref", at: "1️⃣")]),
        SchemaCase(
            "a reference that is not a string", [TestOutput("x", .int)],
            #"{"properties": {"x": {"$ref": 1️⃣5}}}"#, [Finding("schema.invalid-keyword", at: "1️⃣")]),
        SchemaCase(
            "a reference into an array by index", [TestOutput("x", .int)],
            """
            {"properties": {"x": {"$ref": "#/$defs/list/1"}}, "$defs": {"list": [{}, {"type": 1️⃣"string"}]}}
            """, [Finding("schema.type-mismatch", at: "output 'x'", note: "1️⃣")]),
    ]

    @Test("local references resolve, recursion terminates, broken references are reported", arguments: cases)
    func references(_ row: SchemaCase) {
        SchemaHarness.expect(row)
    }

    @Test("a mismatch behind a reference names the referenced location")
    func pointerThroughReference() {
        let (_, diagnostics) = SchemaHarness.run(
            [TestOutput("q", Self.quote)],
            schema: """
                {"properties": {"q": {"$ref": "#/$defs/Quote"}},
                 "$defs": {"Quote": {"properties": {"text": {}, "author": {"type": "string"}}}}}
                """)
        #expect(
            diagnostics.map(\.text) == [
                "output 'q': field 'author' is int, but the schema (#/$defs/Quote/properties/author) says string"
            ])
    }

    @Test("a very long chain of references ends in one diagnostic")
    func longReferenceChain() {
        let count = 5_000
        let defs = (0..<count).map { "\"d\($0)\": {\"$ref\": \"#/$defs/d\($0 + 1)\"}" }.joined(separator: ",\n")
        let schema = ##"{"properties": {"x": {"$ref": "#/$defs/d0"}}, "$defs": {"## + defs + ", \"d\(count)\": {}}}"
        let (findings, _) = SchemaHarness.run([TestOutput("x", .int)], schema: schema)
        #expect(findings.map(\.id) == ["schema.ref-too-deep"])
    }

    @Test("a broken reference met by two outputs is reported once")
    func brokenReferenceOnce() {
        let (findings, _) = SchemaHarness.run(
            [TestOutput("a", .int), TestOutput("b", .int)],
            schema: """
                {"properties": {"a": {"$ref": "#/$defs/n"}, "b": {"$ref": "#/$defs/n"}},
                 "$defs": {"n": {"$ref": 1️⃣"#/nowhere"}}}
                """)
        #expect(findings == [Finding("schema.unresolved-ref", at: "1️⃣")])
    }
}
