import Foundation
import Testing
import WTDiagnostics
import WTExtract
import WTRuntime
import WTTrace

/// A run's result (`Value`), an extracted value (`ExtractedValue`) and a trace (`JSONValue`) are written
/// by three writers; a string must come out of each as the same JSON text, and read back unchanged.
@Suite("JSON writers agree")
struct JSONWritersTests {
    static let strings = [
        "plain", "quote \" and backslash \\", "tab\tnewline\ncarriage\r", "bell \u{07} escape \u{1B} unit \u{1F}",
        "delete \u{7F}", "line\u{2028}paragraph\u{2029}separators", "é ✓ 🧪", "slash / stays", "",
    ]

    @Test("every writer escapes a string the same way", arguments: strings)
    func sameText(_ string: String) throws {
        let expected = JSONText.quoted(string)
        #expect(Value.string(string).json(pretty: false) == expected)
        #expect(ExtractedValue.string(string).json == expected)
        #expect(JSONValue.string(string).jsonText == expected)
        let back = try JSONSerialization.jsonObject(with: Data(expected.utf8), options: .fragmentsAllowed)
        #expect(back as? String == string)
    }

    @Test("JavaScript line separators and DEL are escaped, so the text is safe inside a script")
    func scriptSafe() {
        #expect(JSONText.quoted("a\u{2028}b\u{2029}c\u{7F}") == #""a\u2028b\u2029c\u007F""#)
        #expect(JSONText.quoted("\u{1}\u{8}\u{C}") == #""\u0001\b\f""#)
    }
}
