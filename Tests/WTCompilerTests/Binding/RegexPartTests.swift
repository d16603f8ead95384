import Testing

@testable import WTCompiler

/// `RegexPart`: the pattern takes the recorded part out of the recorded text, and the same part of the
/// same sentence with another value in it.
@Suite("Regex parts of a read")
struct RegexPartTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var part: String
        /// The same text with another value where the part was, and that value.
        var other: String
        var otherPart: String
        var testDescription: String { "\(part) in \(text)" }
    }

    static let cases = [
        Case(text: "Order #4521 is ready", part: "4521", other: "Order #9 is ready", otherPart: "9"),
        Case(text: "Type the word Maria below.", part: "Maria", other: "Type the word Zoë below.", otherPart: "Zoë"),
        Case(
            text: "Showing 1–20 of 1,345 results", part: "20", other: "Showing 1–50 of 1,345 results", otherPart: "50"),
        Case(text: "Code: AB-12 (valid)", part: "AB-12", other: "Code: XY-99 (valid)", otherPart: "XY-99"),
        Case(text: "Ship to Lyon, France", part: "Lyon", other: "Ship to Nice, France", otherPart: "Nice"),
        Case(
            text: "Your token is k9$x! keep it", part: "k9$x!", other: "Your token is zz#1? keep it", otherPart: "zz#1?"
        ),
        Case(text: "Hello Mary Ann, welcome", part: "Mary Ann", other: "Hello Jo Lee, welcome", otherPart: "Jo Lee"),
    ]

    @Test("the pattern finds the part, and the part that replaces it", arguments: cases)
    func generalises(_ c: Case) throws {
        let pattern = try #require(RegexPart.pattern(for: c.part, in: c.text))
        #expect(RegexPart.firstCapture(pattern, in: c.text) == c.part, "\(pattern)")
        #expect(RegexPart.firstCapture(pattern, in: c.other) == c.otherPart, "\(pattern)")
    }

    @Test("a part glued inside a word, or too short, is no part")
    func notParts() {
        #expect(RegexPart.pattern(for: "aria", in: "Maria") == nil)
        #expect(RegexPart.pattern(for: "a", in: "a b") == nil)
        #expect(RegexPart.pattern(for: "Pedro", in: "Maria") == nil)
    }
}
