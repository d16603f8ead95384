import Foundation
import Testing
import WTDiagnostics
import WTExtract
import WTTrace

/// Value binding through the whole compile (pipeline and replay), on the word quiz goldens changed the
/// way other runs change them.
@Suite("Values bound to the page, compiled")
struct BindingPipelineTests {
    static func golden(_ name: String) throws -> (Trace, [String: String]) {
        let folder = GoldenFolderTests.root.appendingPathComponent(name)
        var diagnostics = DiagnosticEngine()
        let loaded = try requireValue(
            try TraceFolder.load(path: folder.path, diagnostics: &diagnostics), "Golden/\(name) does not load")
        var snapshots: [String: String] = [:]
        for path in CompilerHarness.paths(loaded.trace) { snapshots[path] = try loaded.html(for: path) }
        return (loaded.trace, snapshots)
    }

    @Test("a typed word nothing explains is a parameter, and text typed around it later refers to it")
    func parameterAndTemplate() async throws {
        var (trace, snapshots) = try Self.golden("word-read-and-typed")
        let fills = trace.steps.indices.filter { trace.steps[$0].action == .fill }
        try #require(fills.count == 3)
        trace.steps[fills[0]].value = "Grace"
        trace.steps[fills[2]].value = "Dear Grace"
        let outcome = await CompilerHarness.compile(trace, snapshots: snapshots)
        #expect(outcome.verification == .reproduced, "\(outcome.diagnostics)")
        let source = try #require(outcome.source)
        #expect(source.contains(#"param answer: string = "Grace""#), "\(source)")
        #expect(source.contains("role textbox exact \"Word\" with answer "), "\(source)")
        #expect(source.contains(#"with "Dear {answer}""#), "\(source)")
        #expect(source.contains("with order then match"), "the order number stays bound: \(source)")
        #expect(outcome.explanation.contains("nothing the run read or was given explains \"Grace\""))
    }

    @Test("a word the page shows nowhere, though no step read it, is a parameter")
    func notShownIsAParameter() async throws {
        var (trace, snapshots) = try Self.golden("word-typed-by-eye")
        let fills = trace.steps.indices.filter { trace.steps[$0].action == .fill }
        trace.steps[fills[0]].value = "Grace"
        trace.steps[fills[2]].value = "Dear Grace"
        let outcome = await CompilerHarness.compile(trace, snapshots: snapshots)
        #expect(outcome.verification == .reproduced, "\(outcome.diagnostics)")
        let source = try #require(outcome.source)
        #expect(source.contains(#"param answer: string = "Grace""#), "\(source)")
        #expect(!source.contains("extract answer"), "\(source)")
        #expect(source.contains(##"extract code = text "#order" then match "##), "\(source)")
    }

    @Test("a read word typed lower-cased is the read, lower-cased, and the replay types the same")
    func lowerCased() async throws {
        var (trace, snapshots) = try Self.golden("word-read-and-typed")
        let fill = try #require(trace.steps.firstIndex { $0.action == .fill })
        trace.steps[fill].value = "maria"
        let outcome = await CompilerHarness.compile(trace, snapshots: snapshots)
        #expect(outcome.verification == .reproduced, "\(outcome.diagnostics)")
        #expect(outcome.source?.contains("exact \"Word\" with word then lower ") == true, "\(outcome.source ?? "")")
    }
}

/// Reads of a part of an element's text, and checks after a link chosen by a read.
@Suite("Values bound to the page: parts of a text, links chosen by a read")
struct BoundPartTests {
    @Test("a read whose value is part of an element's text reads that text then match, and the fill uses it")
    func readPart() async throws {
        var (trace, snapshots) = try BindingPipelineTests.golden("word-read-and-typed")
        let read = try #require(trace.steps.firstIndex { $0.extraction?.into == "order" })
        trace.steps[read].extraction?.value = .string("4521")
        let outcome = await CompilerHarness.compile(trace, snapshots: snapshots)
        #expect(outcome.verification == .reproduced, "\(outcome.diagnostics)")
        let source = try #require(outcome.source, "\(outcome.diagnostics)")
        #expect(source.contains(##"extract order = text "#order" then match "([0-9]+)""##), "\(source)")
        #expect(source.contains(#"exact "Order number" with order "#), "the read is typed whole: \(source)")
        #expect(outcome.explanation.contains("no element's text is the value read, but a part of one is"))
    }

    static let base = "http://127.0.0.1:8000"

    static func shop(deal: String) -> String {
        """
        <html><head><title>Shop</title></head><body><p>Today's deal: <b id="deal">\(deal)</b></p>
        <ul><li><a href="/shop/item/mug">Mug</a></li><li><a href="/shop/item/ladle">Ladle</a></li></ul></body></html>
        """
    }

    static let item = #"<html><head><title>Mug</title></head><body><p class="price">£9.00</p></body></html>"#

    @Test("after a click on a link a read named, the address is not checked for the recorded value")
    func linkChosenByRead() async throws {
        let files = ["snapshots/1.html": Self.shop(deal: "Mug"), "snapshots/2.html": Self.item]
        let shop = TracePage(url: Self.base + "/shop", title: "Shop", snapshot: "snapshots/1.html")
        let item = TracePage(url: Self.base + "/shop/item/mug", title: "Mug", snapshot: "snapshots/2.html")
        let node = try #require(try HTMLDocument(html: Self.shop(deal: "Mug")).select(.css("a")).first)
        let link = TraceElement(
            tag: "a", role: "link", name: "Mug", text: "Mug",
            attributes: [.init(name: "href", value: "/shop/item/mug")],
            xpath: node.absoluteXPath)
        let steps = [
            TraceStep(index: 1, action: .open, value: Self.base + "/shop", after: shop),
            TraceStep(
                index: 2, action: .extract, before: shop, after: shop,
                extraction: TraceExtraction(into: "deal", append: false, value: .string("Mug"))),
            TraceStep(index: 3, action: .click, target: link, before: shop, after: item),
            TraceStep(
                index: 4, action: .extract, before: item, after: item,
                extraction: TraceExtraction(into: "price", append: false, value: .string("£9.00"))),
        ]
        let trace = Trace(
            task: "Open today's deal and read its price", name: "deal", startURL: Self.base + "/shop",
            recordedMode: "http", parameters: [], outputs: [TraceOutput(name: "price", type: "string")],
            steps: steps, outcome: TraceOutcome(status: .success), result: .object([.init("price", .string("£9.00"))]))
        let outcome = await CompilerHarness.compile(trace, snapshots: files)
        #expect(outcome.verification == .reproduced, "\(outcome.diagnostics)")
        let source = try #require(outcome.source, "\(outcome.diagnostics)")
        #expect(source.contains(#"exact "{deal}""#), "the link is found by the read: \(source)")
        #expect(!source.contains("item/mug"), "\(source)")
    }
}
