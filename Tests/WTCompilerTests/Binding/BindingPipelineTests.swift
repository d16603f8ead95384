import Foundation
import Testing
import WTDiagnostics
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
