import Testing
import WTAgent
import WTTrace

@Suite("SchemaValidator")
struct TaskSchemaValidatorTests {
    static let quotes = """
        {"type": "object", "required": ["quotes"], "additionalProperties": false,
         "properties": {"quotes": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/quote"}}},
         "$defs": {"quote": {"type": "object", "required": ["text", "author"],
                             "properties": {"text": {"type": "string", "minLength": 1},
                                            "author": {"type": "string"},
                                            "tags": {"type": "array", "items": {"type": "string"}}}}}}
        """

    /// The problems of `value` against `schema`, as their one-line descriptions.
    func problems(_ schema: String, _ value: String, cap: Int = 20) throws -> [String] {
        let result = SchemaValidator(schema: try json(schema), maximumProblems: cap).validate(try json(value))
        return result.violations.map(\.description)
    }

    @Test("a value that fits passes, and a wrong one gets every problem with its JSON path")
    func quotes() throws {
        #expect(try problems(Self.quotes, #"{"quotes": [{"text": "a", "author": "b", "tags": ["x"]}]}"#) == [])
        let value = """
            {"quotes": [{"text": "a", "author": "b"}, {"text": "", "author": null, "tags": ["ok", 3]}, {"text": "c"}],
             "page": 2}
            """
        #expect(
            try problems(Self.quotes, value) == [
                "$.quotes[1].text: is 0 characters long, at least 1 expected",
                "$.quotes[1].author: expected a string, found null",
                "$.quotes[1].tags[1]: expected a string, found a number (3)",
                #"$.quotes[2]: missing the required property "author""#,
                "$.page: is not allowed: the only properties allowed are quotes",
            ])
    }

    @Test(
        "types: several at once, null, and integers as integral numbers",
        arguments: [
            (#"{"type": ["string", "null"]}"#, "null", nil),
            (#"{"type": ["string", "null"]}"#, "true", "$: expected a string or null, found a boolean (true)"),
            (#"{"type": "integer"}"#, "3.0", nil),
            (#"{"type": "integer"}"#, "3.5", "$: expected an integer, found a number (3.5)"),
            (#"{"type": "number"}"#, "7", nil),
            (#"{"type": "object"}"#, "[]", "$: expected an object, found an array"),
            ("true", #"{"anything": 1}"#, nil),
            ("false", "1", "$: no value is allowed here (the schema is false)"),
        ] as [(String, String, String?)])
    func types(schema: String, value: String, problem: String?) throws {
        #expect(try problems(schema, value) == (problem.map { [$0] } ?? []))
    }

    @Test("enum and const compare as JSON does: numbers by value, objects whatever the member order")
    func enumAndConst() throws {
        #expect(try problems(#"{"enum": ["a", 1, {"x": 1, "y": 2}]}"#, #"{"y": 2, "x": 1.0}"#) == [])
        #expect(try problems(#"{"enum": ["a", "b"]}"#, #""c""#) == [#"$: expected one of "a", "b", found "c""#])
        #expect(try problems(#"{"const": 5}"#, "6") == ["$: expected exactly 5, found 6"])
    }

    @Test("numbers, strings, arrays and objects are held to their bounds")
    func bounds() throws {
        let schema = """
            {"properties": {
              "n": {"minimum": 1, "maximum": 10, "multipleOf": 0.5},
              "x": {"exclusiveMinimum": 0, "exclusiveMaximum": 1},
              "s": {"maxLength": 3, "pattern": "^[^A-Z]+$"},
              "a": {"maxItems": 2, "uniqueItems": true},
              "o": {"minProperties": 2}}}
            """
        #expect(try problems(schema, #"{"n": 2.5, "x": 0.5, "s": "éé", "a": [1, 2], "o": {"p": 1, "q": 2}}"#) == [])
        #expect(
            try problems(schema, #"{"n": 10.25, "x": 1, "s": "abcD", "a": [{"k": 1}, 2, {"k": 1}], "o": {"p": 1}}"#)
                == [
                    "$.n: is 10.25, expected at most 10",
                    "$.n: is 10.25, expected a multiple of 0.5",
                    "$.x: is 1, expected less than 1",
                    "$.s: is 4 characters long, at most 3 expected",
                    #"$.s: does not match the pattern "^[^A-Z]+$""#,
                    "$.a: has 3 items, at most 2 expected",
                    "$.a[2]: repeats item [0], and the items must be unique",
                    "$.o: has 1 property, at least 2 expected",
                ])
    }

    @Test("prefixItems, the older array form of items, and items after the prefix")
    func tuples() throws {
        let schema = #"{"prefixItems": [{"type": "string"}, {"type": "integer"}], "items": {"type": "boolean"}}"#
        #expect(try problems(schema, #"["a", 1, true, false]"#) == [])
        #expect(try problems(schema, #"[1, "a", null]"#).count == 3)
        #expect(
            try problems(#"{"items": [{"type": "string"}]}"#, #"[1, 2]"#) == [
                "$[0]: expected a string, found a number (1)"
            ])
    }

    @Test("additionalProperties as a schema, and patternProperties")
    func additional() throws {
        let schema = """
            {"properties": {"id": {"type": "integer"}}, "patternProperties": {"^x-": {"type": "string"}},
             "additionalProperties": {"type": "boolean"}}
            """
        #expect(try problems(schema, #"{"id": 1, "x-a": "s", "flag": true}"#) == [])
        #expect(
            try problems(schema, #"{"id": 1, "x-a": 2, "flag": "yes", "first name": 0}"#) == [
                "$[\"x-a\"]: expected a string, found a number (2)",
                "$.flag: expected a boolean, found a string",
                "$[\"first name\"]: expected a boolean, found a number (0)",
            ])
    }

    @Test("anyOf, oneOf, allOf, not and if/then/else")
    func combinators() throws {
        let anyOf = #"{"anyOf": [{"type": "string"}, {"type": "integer", "minimum": 0}]}"#
        #expect(try problems(anyOf, "4") == [])
        #expect(
            try problems(anyOf, "-1") == [
                "$: matches none of the 2 alternatives of anyOf (anyOf[0]: $: expected a string, found a number (-1); "
                    + "anyOf[1]: $: is -1, expected at least 0)"
            ])
        let oneOf = #"{"oneOf": [{"type": "number"}, {"type": "integer"}]}"#
        #expect(try problems(oneOf, "1.5") == [])
        #expect(try problems(oneOf, "2") == ["$: matches oneOf[0] and oneOf[1], but exactly one must match"])
        let allOf = #"{"allOf": [{"minLength": 2}, {"maxLength": 3}], "not": {"const": "abc"}}"#
        #expect(try problems(allOf, #""ab""#) == [])
        #expect(try problems(allOf, #""abc""#) == [#"$: matches the schema under "not", which it must not"#])
        #expect(try problems(allOf, #""abcd""#) == ["$: is 4 characters long, at most 3 expected"])
        let conditional = """
            {"if": {"properties": {"kind": {"const": "book"}}}, "then": {"required": ["isbn"]}, "else": {"required": ["url"]}}
            """
        #expect(try problems(conditional, #"{"kind": "book", "isbn": "1"}"#) == [])
        #expect(try problems(conditional, #"{"kind": "site"}"#) == [#"$: missing the required property "url""#])
    }

    @Test("recursive references are followed as deep as the value goes, and a self-reference does not loop")
    func recursion() throws {
        let tree = """
            {"$ref": "#/definitions/node",
             "definitions": {"node": {"type": "object", "properties": {
               "name": {"type": "string"}, "children": {"type": "array", "items": {"$ref": "#/definitions/node"}}}}}}
            """
        let value = #"{"name": "a", "children": [{"name": "b", "children": [{"name": 3}]}]}"#
        #expect(try problems(tree, value) == ["$.children[0].children[0].name: expected a string, found a number (3)"])
        #expect(
            try problems(##"{"$ref": "#", "type": "string"}"##, "1") == ["$: expected a string, found a number (1)"])
        let loop = ##"{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}"##
        #expect(try problems(loop, "1") == [])
        let escaped = ##"""
            {"$defs": {"a/b": {"type": "null"}, "c~d": {"minimum": 5}},
             "allOf": [{"$ref": "#/$defs/a~1b"}, {"$ref": "#/$defs/c~0d"}]}
            """##
        #expect(try problems(escaped, "0").count == 2)
    }

    @Test("problems past the cap are counted, not listed")
    func cap() throws {
        let schema = #"{"items": {"type": "string"}}"#
        let value = "[" + (0..<25).map(String.init).joined(separator: ", ") + "]"
        let result = SchemaValidator(schema: try json(schema)).validate(try json(value))
        #expect(result.violations.count == 20)
        #expect(result.omitted == 5)
        #expect(result.report.hasSuffix("$[19]: expected a string, found a number (19)\n… and 5 more problems"))
    }

    @Test("unknown keywords are listed once, annotations are not, and a broken schema says what was skipped")
    func unchecked() throws {
        let schema = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "t", "format": "uri",
             "properties": {"contains": {"type": "string", "contains": {}, "format": "email"},
                            "b": {"propertyNames": {}, "$ref": "#/$defs/missing", "pattern": "("}},
             "unevaluatedProperties": false, "contains": {}}
            """
        let result = SchemaValidator(schema: try json(schema)).validate(try json(#"{"contains": "x", "b": "("}"#))
        #expect(result.isValid)
        #expect(result.uncheckedKeywords == ["contains", "propertyNames", "unevaluatedProperties"])
        #expect(
            result.schemaProblems == [
                ##"$ref "#/$defs/missing" at #/properties/b does not point into this schema; values there were not "##
                    + "checked against it",
                ##"the pattern "(" at #/properties/b/pattern is not a valid regular expression; it was not checked"##,
            ])
    }
}

@Suite("SchemaValidator on long lists")
struct TaskSchemaValidatorLongListTests {
    @Test("uniqueItems finds the first repeat in a long list, objects compared whatever their member order")
    func uniqueInLongList() throws {
        var items = (0..<5_000).map { JSONValue.object([.init("id", .number(Double($0))), .init("n", .string("x"))]) }
        items.append(.object([.init("n", .string("x")), .init("id", .number(42))]))
        let schema = JSONValue.object([.init("uniqueItems", .bool(true))])
        let result = SchemaValidator(schema: schema).validate(.array(items))
        #expect(result.violations.map(\.description) == ["$[5000]: repeats item [42], and the items must be unique"])
        #expect(SchemaValidator(schema: schema).validate(.array(Array(items.dropLast()))).isValid)
    }
}
