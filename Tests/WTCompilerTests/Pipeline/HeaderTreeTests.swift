import Foundation
import Testing
import WTCompiler
import WTDiagnostics
import WTTrace

/// The program's head is built as a syntax tree: names, task comments and parameter defaults of every
/// kind print through the canonical printer and read back as the tree built.
@Suite("Program head as a tree")
struct HeaderTreeTests {
    @Test("defaults of every kind, and text the printer must escape, compile and read back as built")
    func defaults() async throws {
        let folder = GoldenFolderTests.root.appendingPathComponent("repeated-wait")
        var diagnostics = DiagnosticEngine()
        let loaded = try #require(try TraceFolder.load(path: folder.path, diagnostics: &diagnostics))
        var trace = loaded.trace
        trace.name = #"word "of the day" {1}"#
        trace.parameters = [
            TraceParameter(name: "offset", type: "int", value: .number(-3)),
            TraceParameter(name: "ratio", type: "number", value: .number(-1.5)),
            TraceParameter(name: "scale", type: "number", value: .number(2)),
            TraceParameter(name: "strict", type: "bool", value: .bool(false)),
            TraceParameter(name: "note", type: "string", value: .string("a \"quoted\" {brace}\\ and\ttab")),
            TraceParameter(name: "words", type: "[string]", value: .array([.string("x"), .string("y")])),
            TraceParameter(name: "password", type: "secret", value: .string("hunter2")),
        ]
        var snapshots: [String: String] = [:]
        for path in CompilerHarness.paths(trace) { snapshots[path] = try loaded.html(for: path) }
        let outcome = await CompilerHarness.compile(trace, snapshots: snapshots)
        #expect(outcome.verification == .reproduced, "\(outcome.diagnostics)")
        let source = try #require(outcome.source, "\(outcome.diagnostics)")
        let head = source.split(separator: "\n", omittingEmptySubsequences: false).prefix(14).joined(separator: "\n")
        #expect(
            head == #"""
                # Reveal the word of the day and read it (the word appears after a script runs; reading it waited
                # for it twice).
                program "word \"of the day\" \{1\}"
                mode browser

                param offset: int = -3
                param ratio: number = -1.5
                param scale: number = 2.0
                param strict: bool = false
                param note: string = "a \"quoted\" \{brace\}\\ and\ttab"
                param words: [string] = ["x", "y"]
                param password: secret

                output word: string
                """#)
    }
}
