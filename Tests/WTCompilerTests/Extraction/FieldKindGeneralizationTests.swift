import Testing
import WTCompiler
import WTSema
import WTTrace

@Suite("Generalizing field kinds")
struct FieldKindGeneralizationTests {
    typealias T = GeneralizerTesting

    @Test("A date shown in words reads with 'date'; a missing optional date gives null")
    func dates() throws {
        let posts = [("Spring", "<time datetime=\"2026-03-05\">5 March 2026</time>"), ("Draft", "")]
        let html = T.page(posts.map { "<article class=\"post\"><h2>\($0)</h2>\($1)</article>" }.joined())
        let value = try T.json(#"[{"title": "Spring", "posted": "2026-03-05"}, {"title": "Draft", "posted": null}]"#)
        let type: WTType = .list(T.record(["title": .string, "posted": .optional(.date)]))
        let examples = [ExtractionExample(html: html, url: "http://s.test/blog", value: value)]
        let outcome = T.generalize(examples, type: type)
        let expected = ExtractionPlan.each(
            container: ".post",
            fields: [
                FieldPlan(name: "title", kind: .text, selector: "h2"),
                FieldPlan(name: "posted", kind: .date, selector: "time"),
            ])
        #expect(outcome.plan == expected, "\(outcome.explain)")
        try T.expectReproduces(try #require(outcome.plan), examples, type: type)
    }

    @Test("A page-level count and a page-level flag read with 'count' and 'exists'")
    func pageLevelPresence() throws {
        func page(_ results: Int, empty: Bool) -> String {
            let items = (0..<results).map { "<li class=\"result\">Result \($0 + 7)</li>" }.joined()
            return T.page("<ul class=\"results\">\(items)</ul>" + (empty ? "<p class=\"no-results\">None</p>" : ""))
        }
        let pages = [(2, false), (0, true), (3, false)].enumerated().map { index, shape in
            (
                url: "http://s.test/search?q=\(index)", html: page(shape.0, empty: shape.1), count: shape.0,
                empty: shape.1
            )
        }
        let counts = pages.map { ExtractionExample(html: $0.html, url: $0.url, value: .number(Double($0.count))) }
        let count = T.generalize(counts, type: .int)
        #expect(count.plan == .field(FieldPlan(name: "value", kind: .count, selector: ".result")), "\(count.explain)")
        let flags = pages.map { ExtractionExample(html: $0.html, url: $0.url, value: .bool($0.empty)) }
        let flag = T.generalize(flags, type: .bool)
        #expect(
            flag.plan == .field(FieldPlan(name: "value", kind: .exists, selector: ".no-results")), "\(flag.explain)")
    }

    @Test("Three hundred records on a page are placed and read")
    func manyRecords() throws {
        let rows = (0..<300).map { "<div class=\"row\"><a href=\"/i/\($0)\">Item \($0)</a><i>\($0 % 7)</i></div>" }
        let html = T.page("<nav><a href=\"/i/1\">Item 1</a></nav><div class=\"rows\">\(rows.joined())</div>")
        let records = (0..<300).map { n -> JSONValue in
            .object([
                .init("name", .string("Item \(n)")), .init("link", .string("http://s.test/i/\(n)")),
                .init("n", .number(Double(n % 7))),
            ])
        }
        let type: WTType = .list(T.record(["name": .string, "link": .url, "n": .int]))
        let examples = [ExtractionExample(html: html, url: "http://s.test/", value: .array(records))]
        let outcome = T.generalize(examples, type: type)
        let expected = ExtractionPlan.each(
            container: ".row",
            fields: [
                FieldPlan(name: "name", kind: .text, selector: "a"),
                FieldPlan(name: "link", kind: .url, selector: "a"),
                FieldPlan(name: "n", kind: .int, selector: "i"),
            ])
        #expect(outcome.plan == expected, "\(outcome.explain.prefix(8))")
    }
}
