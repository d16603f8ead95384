import Testing
import WTDiagnostics
import WTTestSupport

@Suite("Reading valid JSON")
struct PositionedJSONValueTests {
    private func parse(_ text: String) throws -> JSONNode {
        try PositionedJSON.parse(SourceFile(path: "t.json", text: text))
    }

    @Test("scalars parse to their values")
    func scalars() throws {
        #expect(try parse("null").value == .null)
        #expect(try parse("true").boolValue == true)
        #expect(try parse(" false ").boolValue == false)
        #expect(try parse("\"hi\"").stringValue == "hi")
        #expect(try parse("-12.5e3").numberValue == -12_500)
    }

    @Test("every value records its byte range, keys included")
    func ranges() throws {
        let marked = MarkedSource("{ 1️⃣\"a\"2️⃣: 3️⃣[4️⃣1, 5️⃣true6️⃣]7️⃣, \"b\": 8️⃣{}9️⃣ }")
        let root = try parse(marked.text)
        #expect(root.range == SourceRange(start: 0, end: marked.text.utf8.count))
        let a = try #require(root.member("a"))
        #expect(a.keyRange == SourceRange(start: marked["1️⃣"], end: marked["2️⃣"]))
        #expect(a.value.range == SourceRange(start: marked["3️⃣"], end: marked["7️⃣"]))
        let items = try #require(a.value.arrayValue)
        #expect(items[0].range.start == marked["4️⃣"])
        #expect(items[1].range == SourceRange(start: marked["5️⃣"], end: marked["6️⃣"]))
        #expect(root["b"]?.range == SourceRange(start: marked["8️⃣"], end: marked["9️⃣"]))
    }

    @Test("positions resolve to line and column in the file")
    func lineAndColumn() throws {
        let marked = MarkedSource("{\n  \"type\": \"object\",\n  \"x\": 1️⃣42\n}")
        let file = SourceFile(path: "schema.json", text: marked.text)
        let root = try PositionedJSON.parse(file)
        let span = file.span(of: try #require(root["x"]).range)
        #expect(span.description == "schema.json:3:8")
        #expect(span.start.offset == marked["1️⃣"])
    }

    @Test("objects keep member order and duplicate keys; the subscript finds the first")
    func memberOrderAndDuplicates() throws {
        let root = try parse(#"{"z": 1, "a": 2, "z": 3}"#)
        #expect(root.objectMembers?.map(\.key) == ["z", "a", "z"])
        #expect(root["z"]?.intValue == 1)
        #expect(root["missing"] == nil)
        #expect(try parse("[1]")["z"] == nil)
    }

    @Test(
        "strings decode every escape",
        arguments: [
            (#""a\"b""#, "a\"b"), (#""\\ \/""#, "\\ /"), (#""\b\f\n\r\t""#, "\u{8}\u{C}\n\r\t"),
            (#""\u0041\u00e9\u20AC""#, "Aé€"), (#""\uD83D\uDE00!""#, "😀!"), (#""\u0000""#, "\u{0}"),
            (#""plain é 😀""#, "plain é 😀"), (#""""#, ""),
        ])
    func stringEscapes(source: String, expected: String) throws {
        #expect(try parse(source).stringValue == expected)
    }

    @Test(
        "numbers keep the text they were written with",
        arguments: ["0", "-0", "1", "-1", "3.25", "1e3", "1E+3", "2.5e-7", "123456789012345678901234567890", "1e400"])
    func numberText(text: String) throws {
        let node = try parse(text)
        #expect(node.numberText == text)
        #expect(node.numberValue == Double(text))
    }

    @Test("integral numbers convert to Int, others do not")
    func intValues() throws {
        #expect(try parse("3").intValue == 3)
        #expect(try parse("3.0").intValue == 3)
        #expect(try parse("3.5").intValue == nil)
        #expect(try parse("1e300").intValue == nil)
        #expect(try parse("\"3\"").intValue == nil)
    }

    @Test("a leading byte order mark is skipped and ranges still count it")
    func byteOrderMark() throws {
        let node = try parse("\u{FEFF}[1]")
        #expect(node.range == SourceRange(start: 3, end: 6))
    }

    @Test("nesting up to the limit is accepted")
    func deepButAllowed() throws {
        let depth = PositionedJSON.maximumDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var node = try parse(text)
        var levels = 1
        while let inner = node.arrayValue?.first {
            node = inner
            levels += 1
        }
        #expect(levels == depth)
    }

    @Test("kind names match JSON's type names")
    func kindNames() throws {
        let kinds = try parse(#"[null, true, 1, "s", [], {}]"#).arrayValue?.map(\.kindName)
        #expect(kinds == ["null", "boolean", "number", "string", "array", "object"])
    }
}
