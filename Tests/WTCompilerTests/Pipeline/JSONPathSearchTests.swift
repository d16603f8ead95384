import Testing
import WTDiagnostics
import WTTrace

@testable import WTCompiler

/// The `json` paths found where recorded JSON documents hold the recorded values.
@Suite("JSON paths from recorded documents")
struct JSONPathSearchTests {
    static func document(_ text: String) throws -> JSONNode {
        try PositionedJSON.parse(Array(text.utf8))
    }

    static func example(_ text: String, _ value: JSONValue) throws -> JSONPathSearch.Example {
        JSONPathSearch.Example(document: try document(text), value: value)
    }

    @Test("a list runs [*] over the array; a scalar is found by key, the shortest path first")
    func listAndScalar() throws {
        let text = #"{"meta":{"total":2},"total":2,"rows":[{"n":"a"},{"n":"b"}]}"#
        let names = try Self.example(text, .array([.string("a"), .string("b")]))
        #expect(JSONPathSearch.path([names]) == "rows[*].n")
        #expect(JSONPathSearch.path([try Self.example(text, .number(2))]) == "total")
    }

    @Test("a position is kept only when every example agrees on it, else the path runs over the list")
    func positionsNeedEveryExample() throws {
        let first = try Self.example(#"[{"id":1},{"id":2}]"#, .number(1))
        let second = try Self.example(#"[{"id":5},{"id":6}]"#, .number(5))
        #expect(JSONPathSearch.path([first]) == "[0].id")
        #expect(JSONPathSearch.path([first, second]) == "[0].id")
        let moved = try Self.example(#"[{"id":6},{"id":5}]"#, .number(5))
        #expect(JSONPathSearch.path([first, moved]) == nil)
    }

    @Test("numbers written as text match a number read, and keys that cannot be written are passed over")
    func textNumbersAndKeys() throws {
        let priced = try Self.example(#"{"a.b":"3.5","price":"3.5"}"#, .number(3.5))
        #expect(JSONPathSearch.path([priced]) == "price")
        let missing = try Self.example(#"{"price":"3.5"}"#, .number(4))
        #expect(JSONPathSearch.path([missing]) == nil)
    }

    @Test("records: one element per record under the container, each field by its own relative path")
    func records() throws {
        let text = #"{"data":{"items":[{"t":"x","v":1},{"t":"y","v":2}]}}"#
        let value = JSONValue.array([
            .object([.init("title", .string("x")), .init("value", .number(1))]),
            .object([.init("title", .string("y")), .init("value", .number(2))]),
        ])
        let found = JSONPathSearch.records([try Self.example(text, value)], fields: ["title", "value"])
        #expect(found?.container == "data.items[*]")
        #expect(found?.fields == ["t", "v"])
    }
}
