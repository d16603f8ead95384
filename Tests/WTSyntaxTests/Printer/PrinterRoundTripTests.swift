import Testing
import WTDiagnostics
import WTSyntax

/// Printer and parser together: canonical text survives a parse and a print unchanged, any accepted
/// text becomes canonical in one print, and printing never changes the tree.
@Suite("Printer: round trips through the parser")
struct PrinterRoundTripTests {
    @Test("canonical programs print back byte for byte", arguments: PrinterCanonicalSamples.all)
    func canonical(_ source: String) {
        let program = RoundTrip.parse(source)
        expectText(Printer.print(program), source)
    }

    @Test(
        "non-canonical programs print canonically, and the canonical text is a fixed point",
        arguments: PrinterNonCanonicalSamples.all)
    func nonCanonical(_ sample: PrinterNonCanonicalSamples.Sample) {
        let program = RoundTrip.parse(sample.input)
        let once = Printer.print(program)
        if let expected = sample.expected { expectText(once, expected) }
        let reparsed = RoundTrip.parse(once)
        expectText(Printer.print(reparsed), once)
        expectText(ASTDump.dump(reparsed, trivia: true), ASTDump.dump(program, trivia: true))
    }

    @Test("printing a parsed sample keeps its tree", arguments: PrinterCanonicalSamples.all)
    func treeSurvives(_ source: String) {
        let program = RoundTrip.parse(source)
        let reparsed = RoundTrip.parse(Printer.print(program))
        expectText(ASTDump.dump(reparsed, trivia: true), ASTDump.dump(program, trivia: true))
    }
}

/// Parsing for the round-trip tests: a sample that does not parse cleanly is a broken test.
enum RoundTrip {
    static func parse(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Program {
        var diagnostics = DiagnosticEngine()
        let program = Parser.parse(SourceFile(path: "sample.wt", text: source), diagnostics: &diagnostics)
        let messages = diagnostics.diagnostics.map { "\($0.span.map { "\($0.start)" } ?? "?"): \($0.text) [\($0.id)]" }
        #expect(
            messages.isEmpty, "\(messages.joined(separator: "\n"))\n--- in ---\n\(source)",
            sourceLocation: sourceLocation)
        return program
    }

    /// `parse(print(ast))` has the tree of `ast`, comments and blank-line flags included.
    static func expectSameTree(_ program: Program, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let reparsed = parse(Printer.print(program), sourceLocation: sourceLocation)
        expectText(
            ASTDump.dump(reparsed, trivia: true), ASTDump.dump(program, trivia: true),
            sourceLocation: sourceLocation)
    }
}
