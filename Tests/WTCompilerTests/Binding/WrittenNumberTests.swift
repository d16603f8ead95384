import Testing
import WTExtract

@testable import WTCompiler

/// A number read out of a sentence is looked for as the page may write it, and read back with the `then`
/// its target's type needs.
@Suite("Numbers inside sentences")
struct WrittenNumberTests {
    @Test("a number is looked for plain and grouped by thousands with a comma, a space or a dot")
    func writtenForms() {
        #expect(Lowerer.writtenForms(1345) == ["1345", "1,345", "1 345", "1.345"])
        #expect(Lowerer.writtenForms(1_234_567) == ["1234567", "1,234,567", "1 234 567", "1.234.567"])
        #expect(Lowerer.writtenForms(-2500) == ["-2500", "-2,500", "-2 500", "-2.500"])
        #expect(Lowerer.writtenForms(20) == ["20"])
        #expect(Lowerer.writtenForms(3.5) == ["3.5"])
    }

    @Test("the shortest shown text holding the number is the sentence it is read from")
    func shownSentence() throws {
        let document = try HTMLDocument(
            html: "<body><div><p class=summary>Showing 1–20 of 1,345 results</p><p>Page 2</p></div></body>",
            url: "http://example.test/")
        let found = Lowerer.writtenPart(.number(1345), in: document)
        #expect(found?.part == "1,345")
        #expect(found?.shown == "Showing 1–20 of 1,345 results")
        #expect(Lowerer.writtenPart(.number(20), in: document)?.shown == "Showing 1–20 of 1,345 results")
        #expect(Lowerer.writtenPart(.number(777), in: document) == nil)
    }
}
