import Foundation
import Testing
import WTDiagnostics
import WTSyntax
import WTTestSupport

/// `Corpus/*.wt`: many tiny programs per file, separated by `---`; `# error: <id> [substring]` on a line says
/// that diagnostic starts on that line, and any other diagnostic fails the case.
@Suite("Syntax corpus")
struct CorpusTests {
    static let cases = Corpus.cases(in: URL(fileURLWithPath: #filePath).deletingLastPathComponent())

    @Test("each corpus case reports exactly the diagnostics it expects", arguments: cases)
    func corpusCase(_ corpusCase: CorpusCase) {
        let file = SourceFile(path: corpusCase.name, text: corpusCase.source)
        var engine = DiagnosticEngine()
        _ = Parser.parse(file, diagnostics: &engine)
        let problems = corpusCase.mismatches(engine.diagnostics)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test(
        "clean corpus cases keep their tree, comments and blank lines through the printer",
        arguments: cases.filter(\.expectations.isEmpty))
    func printerRoundTrip(_ corpusCase: CorpusCase) {
        var engine = DiagnosticEngine()
        let program = Parser.parse(SourceFile(path: corpusCase.name, text: corpusCase.source), diagnostics: &engine)
        let printed = Printer.print(program)
        let reparsed = Parser.parse(SourceFile(path: "printed.wt", text: printed), diagnostics: &engine)
        #expect(engine.diagnostics.isEmpty)
        #expect(ASTDump.dump(reparsed, trivia: true) == ASTDump.dump(program, trivia: true), "\(printed)")
    }

    @Test("the corpus holds clean cases and error cases")
    func corpusIsPopulated() {
        #expect(Self.cases.filter(\.expectations.isEmpty).count >= 10)
        #expect(Self.cases.filter { !$0.expectations.isEmpty }.count >= 30)
    }
}
