import Testing
import WTDiagnostics

@Suite("Reading large JSON")
struct PositionedJSONLargeInputTests {
    @Test("a five-megabyte document parses and keeps the position of its last value")
    func fiveMegabytes() throws {
        var text = "[\n"
        var count = 0
        while text.utf8.count < 5_000_000 {
            text += #"  {"id": \#(count), "name": "quote \u00e9 number \#(count)", "score": 1.5e2, "ok": true},"#
            text += "\n"
            count += 1
        }
        text += #"  {"id": \#(count), "last": null}"# + "\n]\n"
        let file = SourceFile(path: "big.json", text: text)
        let root = try PositionedJSON.parse(file)
        let items = try #require(root.arrayValue)
        #expect(items.count == count + 1)
        #expect(items[7]["name"]?.stringValue == "quote é number 7")
        let last = try #require(items.last?.member("last"))
        #expect(file.span(of: last.keyRange).start.line == count + 2)
    }
}
