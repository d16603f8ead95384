import Testing
import WTTrace

@testable import WTReport

@Suite("JSON tree")
struct JSONTreeTests {
    @Test("objects and arrays fold with their key and size in the summary; scalars say their kind")
    func shape() {
        let value = JSONValue.object([
            .init("name", .string("a<b")), .init("n", .number(2)), .init("ok", .bool(true)),
            .init("tags", .array([.string("x")])), .init("none", .null), .init("empty", .array([])),
        ])
        let html = JSONTree.render(value).render()
        #expect(html.hasPrefix("<div class=\"json\"><details open><summary><span class=\"size\">{6 keys}</span>"))
        #expect(html.contains("<span class=\"key\">\"name\"</span>: <span class=\"string\">\"a&lt;b\"</span>"))
        #expect(html.contains("<span class=\"number\">2</span>"))
        #expect(html.contains("<span class=\"literal\">true</span>"))
        #expect(html.contains("<summary><span class=\"key\">\"tags\"</span>: <span class=\"size\">[1 item]</span>"))
        #expect(html.contains("<span class=\"index\">0</span>: <span class=\"string\">\"x\"</span>"))
        #expect(html.contains("<span class=\"key\">\"empty\"</span>: <span class=\"literal\">[]</span>"))
    }

    @Test("a small value opens whole; a large one only its first levels")
    func opening() {
        let small = JSONValue.array([.array([.array([.number(1)])])])
        #expect(JSONTree.render(small).render().components(separatedBy: "<details open>").count == 4)
        let large = JSONValue.array((0..<400).map { .array([.number(Double($0))]) })
        let html = JSONTree.render(large, openLevels: 1).render()
        #expect(html.components(separatedBy: "<details open>").count == 2)
        #expect(html.components(separatedBy: "<details>").count == 401)
    }
}
