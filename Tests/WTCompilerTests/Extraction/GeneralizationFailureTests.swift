import Testing
import WTCompiler
import WTSema
import WTTrace

@Suite("Generalization failures")
struct GeneralizationFailureTests {
    typealias T = GeneralizerTesting

    @Test("A value no selector reproduces names the field and the closest miss with record and page")
    func closestMiss() throws {
        func page(_ prices: [String]) -> String {
            T.page(
                prices.enumerated().map { "<li class=\"item\"><h3>Item \($0)</h3><p class=\"price\">\($1)</p></li>" }
                    .joined())
        }
        let type: WTType = .list(T.record(["name": .string, "price": .number]))
        let examples = [
            ExtractionExample(
                html: page(["$5", "$6"]), url: "http://s.test/1",
                value: try T.json(#"[{"name": "Item 0", "price": 5}, {"name": "Item 1", "price": 6}]"#)),
            // The trace says 15 where the page says "Call us": nothing on the page reads 15.
            ExtractionExample(
                html: page(["$7", "Call us"]), url: "http://s.test/2",
                value: try T.json(#"[{"name": "Item 0", "price": 7}, {"name": "Item 1", "price": 15}]"#)),
        ]
        let failure = try #require(T.generalize(examples, type: type).failure)
        #expect(failure.field == "price")
        #expect(
            failure.message
                == "no selector reproduces every example; closest: number \".price\" failed in record 2 on "
                + "http://s.test/2: cannot read \"Call us\" as a number (selected by \".price\")")
    }

    @Test("A record whose values are nowhere on the page is reported with its page")
    func recordNotOnPage() throws {
        let examples = [
            ExtractionExample(
                html: T.page("<p class=\"name\">Ann</p>"), url: "http://s.test/",
                value: try T.json(#"[{"name": "Ann"}, {"name": "Zed"}]"#))
        ]
        let failure = try #require(T.generalize(examples, type: .list(T.record(["name": .string]))).failure)
        #expect(failure.field == nil)
        #expect(failure.message.hasPrefix("record 2 on http://s.test/: no element inside <body> holds its values"))
    }

    @Test("A type no extraction produces is refused")
    func unsupportedType() {
        let examples = [ExtractionExample(html: T.page(""), url: "http://s.test/", value: .array([]))]
        let failure = T.generalize(examples, type: .list(.list(.string))).failure
        #expect(failure?.message.hasPrefix("cannot learn selectors for a value of type [[string]]") == true)
    }

    @Test("Fields the caller binds are not looked for")
    func externalFields() throws {
        let examples = [
            ExtractionExample(
                html: T.page("<div class=\"card\"><h2>Ann</h2></div><div class=\"card\"><h2>Bo</h2></div>"),
                url: "http://s.test/",
                value: try T.json(#"[{"name": "Ann", "page": "elsewhere"}, {"name": "Bo", "page": "elsewhere"}]"#))
        ]
        let type: WTType = .list(T.record(["name": .string, "page": .url]))
        let outcome = T.generalize(examples, type: type, external: ["page"])
        #expect(
            outcome.plan == .each(container: ".card", fields: [FieldPlan(name: "name", kind: .text, selector: "h2")]))
    }
}
