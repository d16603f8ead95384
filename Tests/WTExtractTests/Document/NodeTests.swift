import Testing
import WTExtract

@Suite("Nodes")
struct NodeTests {
    let document: HTMLDocument

    init() throws {
        document = try HTMLDocument(
            html:
                "<DIV ID=box Data-X='1' class=\"a b\">caf\u{E9} &amp; <b>bold</b><br>\u{20AC}<img src=x.png alt='\"q\"'></DIV>",
            url: nil)
    }

    func box() throws -> Node { try #require(try document.select(CompiledSelector(css: "#box")).first) }

    @Test("tag and attribute names are lower case; attribute lookup ignores case")
    func names() throws {
        let box = try box()
        #expect(box.tagName == "div")
        #expect(box.kind == .element)
        #expect(box.attribute("data-x") == "1")
        #expect(box.attribute("DATA-X") == "1")
        #expect(box.attribute("missing") == nil)
        #expect(box.attributes.map(\.name) == ["id", "data-x", "class"])
    }

    @Test("inner and outer HTML keep characters as UTF-8 and escape markup")
    func markup() throws {
        let box = try box()
        let inner = "caf\u{E9} &amp; <b>bold</b><br>\u{20AC}<img src=\"x.png\" alt='\"q\"'>"
        #expect(box.innerHTML == inner)
        #expect(box.outerHTML == "<div id=\"box\" data-x=\"1\" class=\"a b\">\(inner)</div>")
        let bold = try #require(try document.select(CompiledSelector(css: "b::text")).first)
        #expect(bold.outerHTML == "bold")
        #expect(try document.select(CompiledSelector(css: "img::attr(alt)")).first?.outerHTML == "\"q\"")
    }

    @Test("children, parent and value navigate the tree")
    func navigation() throws {
        let box = try box()
        #expect(box.children.map { $0.tagName ?? "" } == ["b", "br", "img"])
        #expect(box.children.first?.parent == box)
        #expect(box.value == "caf\u{E9} & bold\u{20AC}")
    }

    @Test("a node keeps its document alive")
    func lifetime() throws {
        func firstBold() throws -> Node? {
            try HTMLDocument(html: "<b>kept</b>", url: nil).select(CompiledSelector(css: "b")).first
        }
        #expect(try firstBold()?.text == "kept")
    }
}
