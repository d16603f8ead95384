import Foundation
import Testing
import WTDiagnostics

@Suite("Reading what a JSON writer wrote")
struct PositionedJSONRoundTripTests {
    static let strings = [
        "", "plain", "quote \" and backslash \\", "slash / and tab \t", "line\nbreak\r\n", "\u{0}\u{1}\u{1F}\u{7F}",
        "é ü ß", "€ and 中文", "emoji 😀👍🏽", "\u{FEFF}bom inside", "\u{10FFFF}",
    ]

    @Test("strings written by JSONEncoder read back unchanged", arguments: strings)
    func stringRoundTrip(_ original: String) throws {
        let encoded = String(decoding: try JSONEncoder().encode([original]), as: UTF8.self)
        let node = try PositionedJSON.parse(SourceFile(path: "t.json", text: encoded))
        #expect(node.arrayValue?.first?.stringValue == original)
    }

    @Test("strings with every character escaped read back unchanged", arguments: strings)
    func fullyEscaped(_ original: String) throws {
        let escaped = original.utf16.map { unit in
            let hex = String(unit, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
        let node = try PositionedJSON.parse(SourceFile(path: "t.json", text: "\"" + escaped.joined() + "\""))
        #expect(node.stringValue == original)
    }

    static let numbers: [Double] = [0, -0.0, 1, -1, 0.1, 1.5e-300, 12_345.678_9, 9_007_199_254_740_993, .pi, 1e300]

    @Test("numbers written by JSONEncoder read back to the same value", arguments: numbers)
    func numberRoundTrip(_ original: Double) throws {
        let encoded = String(decoding: try JSONEncoder().encode([original]), as: UTF8.self)
        let node = try PositionedJSON.parse(SourceFile(path: "t.json", text: encoded))
        let number = try #require(node.arrayValue?.first)
        #expect(number.numberValue == original)
        #expect("[\(number.numberText ?? "")]" == encoded)
    }
}
