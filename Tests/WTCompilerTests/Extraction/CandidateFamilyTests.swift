import Testing
import WTCompiler
import WTExtract
import WTSema
import WTTrace

/// The candidate families real pages needed (issue 11): rows under an id when a shared class
/// over-matches, links told apart by where they go, cells by column, and a value only XPath reaches.
@Suite("Candidate families for real pages")
struct CandidateFamilyTests {
    typealias T = GeneralizerTesting

    /// Two tables share the class `sortable`; only the one with id `orders` holds the records, under a
    /// header row.
    static func ordersPage(_ orders: [(id: String, total: String)]) -> String {
        let rows = orders.map { "<tr><td>\($0.id)</td><td>\($0.total)</td></tr>" }.joined()
        return T.page(
            """
            <table class="sortable" id="orders"><thead><tr><th>Order</th><th>Total</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            <table class="sortable" id="archive"><tbody><tr><td>A-1</td><td>9.00</td></tr>
            <tr><td>A-2</td><td>8.00</td></tr></tbody></table>
            """)
    }

    @Test("Rows of a table with an id are '#orders tbody tr' where the shared class finds both tables")
    func idAnchoredRows() throws {
        let type = WTType.list(T.record(["order": .string, "total": .number]))
        let examples = [
            ExtractionExample(
                html: Self.ordersPage([("O-1", "12.50"), ("O-2", "7.00"), ("O-3", "3.25")]),
                url: "http://s.test/orders?page=1",
                value: try T.json(
                    #"[{"order": "O-1", "total": 12.5}, {"order": "O-2", "total": 7}, {"order": "O-3", "total": 3.25}]"#
                )),
            ExtractionExample(
                html: Self.ordersPage([("O-4", "1.00")]), url: "http://s.test/orders?page=2",
                value: try T.json(#"[{"order": "O-4", "total": 1}]"#)),
        ]
        let outcome = T.generalize(examples, type: type)
        let plan = try #require(outcome.plan, "\(String(describing: outcome.failure))")
        guard case .each(let container, _) = plan else {
            Issue.record("expected each, got \(plan)")
            return
        }
        #expect(container == "#orders tbody tr")
        try T.expectReproduces(plan, examples, type: type)
    }

    @Test("Two links in a record told apart only by their host read as a[href*=host]")
    func linksByHost() throws {
        func card(_ n: Int) -> String {
            """
            <div class="card"><h3>Item \(n)</h3><a href="https://shop.example/item/\(n)">Open</a>
            <a href="https://reviews.example/item/\(n)">Open</a></div>
            """
        }
        let type = WTType.list(T.record(["name": .string, "reviews": .url]))
        let examples = [
            ExtractionExample(
                html: T.page(card(1) + card(2)), url: "http://s.test/",
                value: try T.json(
                    #"[{"name": "Item 1", "reviews": "https://reviews.example/item/1"}, {"name": "Item 2", "reviews": "https://reviews.example/item/2"}]"#
                ))
        ]
        let outcome = T.generalize(examples, type: type)
        let plan = try #require(outcome.plan, "\(String(describing: outcome.failure))")
        guard case .each(".card", let fields) = plan else {
            Issue.record("expected each '.card', got \(plan)")
            return
        }
        #expect(fields.last == FieldPlan(name: "reviews", kind: .url, selector: #"a[href*="reviews.example"]"#))
        try T.expectReproduces(plan, examples, type: type)
    }

    @Test("A cell with nothing of its own reads by its column, td:nth-child(k)")
    func cellByColumn() throws {
        func row(_ name: String, _ qty: Int, _ total: Int) -> String {
            "<tr><td>\(name)</td><td>\(qty)</td><td>x</td><td>\(total)</td></tr>"
        }
        let type = WTType.list(T.record(["name": .string, "total": .int]))
        let examples = [
            ExtractionExample(
                html: T.page("<table class=\"lines\"><tbody>\(row("Tea", 2, 8))\(row("Jam", 4, 4))</tbody></table>"),
                url: "http://s.test/cart",
                value: try T.json(#"[{"name": "Tea", "total": 8}, {"name": "Jam", "total": 4}]"#))
        ]
        let outcome = T.generalize(examples, type: type)
        let plan = try #require(outcome.plan, "\(String(describing: outcome.failure))")
        guard case .each(_, let fields) = plan else {
            Issue.record("expected each, got \(plan)")
            return
        }
        #expect(fields.last == FieldPlan(name: "total", kind: .int, selector: "td:nth-child(4)"))
        #expect(outcome.explain.contains { $0.contains("field 'total'") && $0.contains("its place in the structure") })
        try T.expectReproduces(plan, examples, type: type)
    }

    @Test("A value after its label, in an order that changes from page to page, is read by XPath")
    func valueAfterLabel() throws {
        func specs(_ pairs: [(String, String)]) -> String {
            T.page("<dl class=\"specs\">" + pairs.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }.joined() + "</dl>")
        }
        let examples = [
            ExtractionExample(
                html: specs([("Colour", "Red"), ("Weight", "12 kg")]), url: "http://s.test/p/1",
                value: .string("12 kg")),
            ExtractionExample(
                html: specs([("Size", "M"), ("Weight", "3 kg"), ("Colour", "Blue")]), url: "http://s.test/p/2",
                value: .string("3 kg")),
        ]
        let outcome = T.generalize(examples, type: .string)
        let plan = try #require(outcome.plan, "\(String(describing: outcome.failure))")
        #expect(
            plan
                == .field(
                    FieldPlan(
                        name: "value", kind: .text,
                        selector: "//dt[normalize-space()='Weight']/following-sibling::dd[1]")))
        #expect(outcome.explain.first?.hasSuffix("(the label before it, which only XPath can test)") == true)
        try T.expectReproduces(plan, examples, type: .string)
    }

    @Test("The element that is the value wins over a wrapper whose text equals it, and --explain says so")
    func innermostOverWrapper() throws {
        func page(_ message: String) -> String {
            T.page("<main><div class=\"row\"><p id=\"notice\">\(message)</p></div><p class=\"row\">Menu</p></main>")
        }
        let examples = [
            ExtractionExample(html: page("Saved"), url: "http://s.test/a", value: .string("Saved")),
            ExtractionExample(html: page("Sent"), url: "http://s.test/b", value: .string("Sent")),
        ]
        let outcome = T.generalize(examples, type: .string)
        #expect(outcome.plan == .field(FieldPlan(name: "value", kind: .text, selector: "#notice")))
        #expect(
            outcome.explain.contains(
                "field 'value': text \"#notice\" (the innermost element holding the value, not a wrapper whose text "
                    + "equals it)"), "\(outcome.explain)")
    }
}
