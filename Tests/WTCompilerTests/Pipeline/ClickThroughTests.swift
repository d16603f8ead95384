import Foundation
import Testing
import WTCompiler
import WTExtract
import WTTrace

/// An agent that clicks each item of a list, reads its page and goes back: the compiler reads the list's
/// links once and opens each in a `for each`, and the replay maps each click onto the `open` it became.
@Suite("Click-through lists")
struct ClickThroughTests {
    /// The products trace (open list, extract links, open each product, extract) rewritten the way an
    /// agent does it: click each product link on the list page, extract, go back.
    static func agentTrace() throws -> (Trace, [String: String]) {
        let sample = try CompilerHarness.sample("products")
        var trace = sample.trace
        let listStep = trace.steps[0]
        let list = try #require(listStep.after)
        let html = try #require(sample.snapshots[list.snapshot ?? ""])
        let document = try HTMLDocument(html: html, url: list.url)
        let links = try document.select(.css("a.product-link"))
        var steps = [listStep]
        for (k, pair) in stride(from: 2, to: trace.steps.count, by: 2).enumerated() {
            let (open, extract) = (trace.steps[pair], trace.steps[pair + 1])
            let node = links[k]
            let target = TraceElement(
                tag: "a", classes: node.classes, role: "link", name: node.text, text: node.text,
                attributes: node.attributes.map { TraceElement.Attribute(name: $0.name, value: $0.value) },
                xpath: node.absoluteXPath)
            steps.append(TraceStep(index: 0, action: .click, target: target, before: list, after: open.after))
            steps.append(extract)
            steps.append(TraceStep(index: 0, action: .back, before: open.after, after: list))
        }
        trace.steps = steps
        for i in trace.steps.indices { trace.steps[i].index = i + 1 }
        return (trace, sample.snapshots)
    }

    @Test("clicking each item and going back becomes a for-each over the list's links")
    func clickThroughBecomesForEach() async throws {
        let (trace, snapshots) = try Self.agentTrace()
        let outcome = await CompilerHarness.compile(trace, snapshots: snapshots)
        #expect(outcome.verification == .reproduced, "\(outcome.diagnostics)")
        let source = try #require(outcome.source, "\(outcome.diagnostics)")
        #expect(source.contains("extract links = urls \".product-link\""), "\(source)")
        #expect(source.contains("for each link in links concurrency 4 {"))
        #expect(source.contains("    page = link"))
        #expect(!source.contains("back"))
        #expect(source.contains("expect count products == count links"))
    }

    @Test("when the agent visited only some of the items, the clicks stay clicks")
    func partialVisitStaysStraightLine() async throws {
        var (trace, snapshots) = try Self.agentTrace()
        trace.steps = Array(trace.steps.prefix(1 + 3 * 2))
        trace.result = .object([.init("products", .array(Array(Self.products(trace.result).prefix(2))))])
        let outcome = await CompilerHarness.compile(trace, snapshots: snapshots)
        #expect(outcome.verification == .reproduced, "\(outcome.diagnostics)")
        let source = try #require(outcome.source, "\(outcome.diagnostics)")
        #expect(!source.contains("for each"))
        #expect(source.contains("back"))
        #expect(outcome.explanation.contains("no selector finds exactly the 2 items visited"))
        snapshots = [:]
    }

    static func products(_ result: JSONValue) -> [JSONValue] {
        if case .array(let items)? = result["products"] { return items }
        return []
    }
}
