import Testing
import WTCompiler
import WTExtract
import WTSema
import WTTrace

/// The selectors the recording read with are evidence: tried first, they keep the element the recording
/// meant when a look-alike shows the same value on every recorded page.
@Suite("The recording's own selectors as evidence")
struct RecordedEvidenceTests {
    typealias T = GeneralizerTesting

    /// The average comes first in the page, so without evidence it is the simplest candidate.
    static func scores(average: Int, last: Int) -> String {
        T.page(
            """
            <section class="scores"><p>Average <span id="score-avg">\(average)</span></p>
            <p>Last <span id="score-last">\(last)</span></p></section>
            """)
    }

    static let examples = [
        ExtractionExample(html: scores(average: 42, last: 42), url: "http://s.test/a", value: .number(42)),
        ExtractionExample(html: scores(average: 17, last: 17), url: "http://s.test/b", value: .number(17)),
    ]

    @Test("Without evidence the two scores cannot be told apart and the first in the page is taken")
    func withoutEvidence() {
        let outcome = T.generalize(Self.examples, type: .int)
        #expect(outcome.plan == .field(FieldPlan(name: "value", kind: .int, selector: "#score-avg")))
    }

    @Test("The recorded '#score-last' is kept over '#score-avg', and reads the right score when they differ")
    func keepsTheRecordedElement() throws {
        let recorded = RecordedSelectors(fields: ["value": ["#score-last"]])
        let outcome = T.generalize(Self.examples, type: .int, recorded: recorded)
        let plan = try #require(outcome.plan, "\(String(describing: outcome.failure))")
        #expect(plan == .field(FieldPlan(name: "value", kind: .int, selector: "#score-last")))
        #expect(outcome.explain.first == "field 'value': int \"#score-last\" (the recording's own selector)")
        #expect(
            outcome.explain.contains(
                "field 'value': int \"#score-avg\" reads the same on every example page but is another element; "
                    + "the recording's int \"#score-last\" is kept"), "\(outcome.explain)")
        // The page changes so the two differ: the plan reads the last score, as the recording did.
        let changed = ExtractionExample(
            html: Self.scores(average: 42, last: 7), url: "http://s.test/c", value: .number(7))
        #expect(try T.replay(plan, on: changed, type: .int) == .number(7))
    }

    @Test("A recorded selector that does not reproduce the examples loses to the search's own")
    func wrongEvidenceLoses() throws {
        let recorded = RecordedSelectors(fields: ["value": [".nowhere", "#score-avg-typo"]])
        let outcome = T.generalize(Self.examples, type: .int, recorded: recorded)
        #expect(outcome.plan == .field(FieldPlan(name: "value", kind: .int, selector: "#score-avg")))
    }

    @Test("A recorded container and a recorded XPath field are tried first and kept when they reproduce")
    func recordedContainerAndXPath() throws {
        func page(_ rows: [(String, String)]) -> String {
            let body = rows.map { "<li class=\"order\"><b>\($0.0)</b><i>\($0.1)</i></li>" }.joined()
            return T.page("<ul id=\"orders\">\(body)</ul><ul class=\"order\"><li>x</li></ul>")
        }
        let type = WTType.list(T.record(["id": .string, "total": .string]))
        let examples = [
            ExtractionExample(
                html: page([("O-1", "3"), ("O-2", "4")]), url: "http://s.test/o",
                value: try T.json(#"[{"id": "O-1", "total": "3"}, {"id": "O-2", "total": "4"}]"#))
        ]
        let recorded = RecordedSelectors(container: ["#orders > li"], fields: ["total": ["./i[1]"]])
        let outcome = T.generalize(examples, type: type, recorded: recorded)
        let plan = try #require(outcome.plan, "\(String(describing: outcome.failure))")
        #expect(
            plan
                == .each(
                    container: "#orders > li",
                    fields: [
                        FieldPlan(name: "id", kind: .text, selector: "b"),
                        FieldPlan(name: "total", kind: .text, selector: "./i[1]"),
                    ]))
        #expect(
            outcome.explain.first == "container '#orders > li': selects the 2 example records on 1 page "
                + "(the recording's own selector)")
        try T.expectReproduces(plan, examples, type: type)
    }

    @Test("Recorded selectors of a loop's steps are merged, each once, in the order first recorded")
    func mergedFromSteps() {
        let steps = [
            TraceExtraction(
                into: "x", append: true, value: .array([]), container: ["#a"],
                fields: [TraceReadField(name: "n", selectors: ["b", "c"])]),
            TraceExtraction(
                into: "x", append: true, value: .array([]), container: ["#a", "#z"],
                fields: [TraceReadField(name: "n", selectors: ["c", "d"])]),
        ]
        let merged = RecordedSelectors(steps)
        #expect(merged == RecordedSelectors(container: ["#a", "#z"], fields: ["n": ["b", "c", "d"]]))
    }
}
