import Testing
import WTDiagnostics
import WTTrace

@testable import WTCompiler

@Suite("JSON paths as a candidate family")
struct JSONPathSearchTests {
    static func document(_ text: String) throws -> JSONNode { try PositionedJSON.parse(Array(text.utf8)) }

    static func example(_ text: String, _ value: JSONValue) throws -> JSONPathSearch.Example {
        JSONPathSearch.Example(document: try document(text), value: value)
    }

    @Test("A list of names is one key of every element: items[*].name; a scalar is its key's path")
    func listAndScalar() throws {
        let body = #"{"items":[{"id":1,"name":"bolt"},{"id":2,"name":"nut"}],"total":2,"meta":{"count":2}}"#
        let names = JSONValue.array([.string("bolt"), .string("nut")])
        #expect(JSONPathSearch.path([try Self.example(body, names)]) == "items[*].name")
        #expect(JSONPathSearch.path([try Self.example(body, .number(2))]) == "total")
        #expect(
            JSONPathSearch.path([try Self.example(#"{"tags":["a","b"]}"#, .array([.string("a"), .string("b")]))])
                == "tags[*]")
    }

    @Test("A value also at a position is read by key, and only a path every example agrees on is taken")
    func keysBeforePositionsAndEveryExample() throws {
        // On the first page "nut" is both items[1].name and the featured name; on the second only the
        // featured key still reads it, so the position is not taken even though it sorts second.
        let first = try Self.example(#"{"items":[{"name":"bolt"},{"name":"nut"}],"featured":"nut"}"#, .string("nut"))
        #expect(JSONPathSearch.path([first]) == "featured")
        let second = try Self.example(#"{"items":[{"name":"hinge"}],"featured":"screw"}"#, .string("screw"))
        #expect(JSONPathSearch.path([first, second]) == "featured")
        let onlyPosition = try Self.example(#"{"items":[{"name":"bolt"},{"name":"nut"}]}"#, .string("nut"))
        #expect(JSONPathSearch.path([onlyPosition]) == "items[1].name")
        #expect(JSONPathSearch.path([onlyPosition, second]) == nil)
    }

    @Test("A value the document does not hold, or holds only as another type, finds no path")
    func nothingToRead() throws {
        let body = #"{"total":"30","name":"bolt"}"#
        #expect(JSONPathSearch.path([try Self.example(body, .number(31))]) == nil)
        #expect(JSONPathSearch.path([try Self.example(body, .bool(true))]) == nil)
    }
}
