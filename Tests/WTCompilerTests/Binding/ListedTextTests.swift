import Testing
import WTExtract
import WTSyntax

@testable import WTCompiler

/// A list no elements hold one by one, read out of the one text that lists it.
@Suite("Lists inside one text")
struct ListedTextTests {
    static let page = """
        <body><div><p class=tags>Red, Green, Blue</p><p class=codes>AB | CD</p><p>Red and green</p></div></body>
        """

    @Test("the separator and the case change that make the text's parts the items are found")
    func shapes() throws {
        let document = try HTMLDocument(html: Self.page, url: "http://example.test/")
        let lower = Lowerer.listedText(["red", "green", "blue"], in: document)
        #expect(lower?.0 == "Red, Green, Blue")
        #expect(lower?.1 == Lowerer.ListShape(separator: ",", recase: .lower))
        #expect(Lowerer.listedText(["Red", "Green", "Blue"], in: document)?.1.recase == nil)
        #expect(Lowerer.listedText(["ab", "cd"], in: document)?.1 == Lowerer.ListShape(separator: "|", recase: .lower))
        #expect(Lowerer.listedText(["AB", "CD"], in: document)?.1 == Lowerer.ListShape(separator: "|", recase: nil))
    }

    @Test("items the text does not list exactly are not a list of it")
    func notAList() throws {
        let document = try HTMLDocument(html: Self.page, url: "http://example.test/")
        #expect(Lowerer.listedText(["red", "green"], in: document) == nil)
        #expect(Lowerer.listedText(["red", "green", "blue", "teal"], in: document) == nil)
        #expect(Lowerer.listedText(["Red and green"], in: document) == nil)
    }
}
