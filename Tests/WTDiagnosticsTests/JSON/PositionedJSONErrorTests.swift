import Testing
import WTDiagnostics
import WTTestSupport

/// An invalid document; `1️⃣` marks where the error must start.
struct InvalidJSONCase: Sendable, CustomTestStringConvertible {
    var source: String
    var message: String

    init(_ source: String, _ message: String) {
        self.source = source
        self.message = message
    }

    var testDescription: String { source }
}

@Suite("Rejecting invalid JSON")
struct PositionedJSONErrorTests {
    static let cases: [InvalidJSONCase] = [
        .init(#"{"a": 1 1️⃣]"#, "expected ',' or '}' after an object member, found ']'"),
        .init("[1 1️⃣2]", "expected ',' or ']' after an array element, found '2'"),
        .init(#"{"a": 1️⃣"#, "unexpected end of input; expected a JSON value"),
        .init("1️⃣", "unexpected end of input; expected a JSON value"),
        .init("  1️⃣", "unexpected end of input; expected a JSON value"),
        .init("[1, 21️⃣", "unexpected end of input; expected ',' or ']' after an array element"),
        .init(#"1️⃣"abc"#, "unterminated string"),
        .init(#"["ok", 1️⃣"abc\"#, "unterminated string"),
        .init(#""a1️⃣\x""#, "invalid escape '\\x'"),
        .init(#""a1️⃣\é""#, "invalid escape '\\é'"),
        .init(#""1️⃣\u12G4""#, "'\\u' must be followed by four hexadecimal digits"),
        .init(#""1️⃣\uD800x""#, "unpaired surrogate '\\uD800'"),
        .init(#""1️⃣\uD800\u0041""#, "unpaired surrogate '\\uD800'"),
        .init(#""a1️⃣\uDC00""#, "unpaired surrogate '\\uDC00'"),
        .init("\"a1️⃣\nb\"", "unescaped control character U+000A in a string"),
        .init("\"a1️⃣\tb\"", "unescaped control character U+0009 in a string"),
        .init("1️⃣01", "leading zeros are not allowed"),
        .init("[-1️⃣007]", "leading zeros are not allowed"),
        .init("-1️⃣", "expected a digit after '-'"),
        .init("[-1️⃣a]", "expected a digit after '-'"),
        .init("1.1️⃣", "expected a digit after the decimal point"),
        .init("1e+1️⃣", "expected a digit after the exponent"),
        .init("[1️⃣.5]", "expected a JSON value, found '.'"),
        .init("[1️⃣+1]", "expected a JSON value, found '+'"),
        .init("1 1️⃣2", "trailing characters after the JSON value"),
        .init("{} 1️⃣{}", "trailing characters after the JSON value"),
        .init("[1, 21️⃣,]", "trailing comma before ']' is not allowed in JSON"),
        .init(#"{"a": 11️⃣, }"#, "trailing comma before '}' is not allowed in JSON"),
        .init("[1️⃣,]", "expected a JSON value, found ','"),
        .init("{1️⃣a: 1}", "expected a string key or '}', found 'a'"),
        .init(#"{"a": 1, 1️⃣2: 1}"#, "expected a string key, found '2'"),
        .init(#"{"a" 1️⃣1}"#, "expected ':' after the object key, found '1'"),
        .init("[1️⃣// c\n1]", "comments are not allowed in JSON"),
        .init("1️⃣/* c */ 1", "comments are not allowed in JSON"),
        .init("[1️⃣'a']", "strings in JSON use double quotes"),
        .init("[1️⃣True]", "unexpected 'True'; expected a JSON value"),
        .init("[1️⃣NaN]", "unexpected 'NaN'"),
        .init("1️⃣nul", "unexpected 'nul'"),
        .init("1️⃣truex", "unexpected 'truex'"),
        .init("[1,\n  1️⃣\u{1}]", "expected a JSON value, found U+0001"),
    ]

    @Test("each problem is reported with its message at its position", arguments: cases)
    func rejects(_ testCase: InvalidJSONCase) {
        let marked = MarkedSource(testCase.source)
        #expect(throws: JSONSyntaxError.self) {
            try PositionedJSON.parse(SourceFile(path: "t.json", text: marked.text))
        }
        do {
            _ = try PositionedJSON.parse(SourceFile(path: "t.json", text: marked.text))
        } catch {
            #expect(error.message.text.hasPrefix(testCase.message), "\(error.message.text)")
            #expect(error.offset == marked["1️⃣"])
            #expect(error.message.id == "json.syntax")
        }
    }

    @Test("the error becomes a diagnostic at line and column of the schema file")
    func diagnostic() {
        let marked = MarkedSource("{\n  \"type\": \"object\",\n  \"properties\": {1️⃣]\n}")
        let file = SourceFile(path: "schema.json", text: marked.text)
        do {
            _ = try PositionedJSON.parse(file)
            Issue.record("expected an error")
        } catch {
            let diagnostic = error.diagnostic(in: file)
            #expect(diagnostic.id == "json.syntax")
            #expect(diagnostic.severity == .error)
            #expect(diagnostic.span?.description == "schema.json:3:18")
            #expect(diagnostic.text == "expected a string key or '}', found ']'")
        }
    }

    @Test("one level past the nesting limit is an error, not a crash")
    func tooDeep() {
        let depth = PositionedJSON.maximumDepth + 1
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        do {
            _ = try PositionedJSON.parse(SourceFile(path: "t.json", text: text))
            Issue.record("expected an error")
        } catch {
            #expect(error.offset == PositionedJSON.maximumDepth)
            #expect(error.message.text.contains("nested more than 512 levels"))
        }
    }

    @Test("a hundred thousand open brackets fail cleanly")
    func hostileNesting() {
        let text = String(repeating: "[", count: 100_000)
        #expect(throws: JSONSyntaxError.self) { try PositionedJSON.parse(SourceFile(path: "t.json", text: text)) }
        let objects = String(repeating: "{\"a\":", count: 100_000)
        #expect(throws: JSONSyntaxError.self) { try PositionedJSON.parse(SourceFile(path: "t.json", text: objects)) }
    }
}
