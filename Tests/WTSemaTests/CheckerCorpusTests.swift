import Foundation
import Testing
import WTDiagnostics
import WTSema
import WTSyntax
import WTTestSupport

/// Runs parse + check over a source and returns every diagnostic.
func frontEndDiagnostics(_ text: String, path: String = "test.wt") -> [Diagnostic] {
    var diagnostics = DiagnosticEngine()
    _ = FrontEnd.check(SourceFile(path: path, text: text), diagnostics: &diagnostics)
    return diagnostics.sorted
}

@Suite("Checker corpus")
struct CheckerCorpusTests {
    static let cases = Corpus.cases(
        in: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Corpus"))

    @Test("the corpus is not empty")
    func corpusIsFound() {
        #expect(Self.cases.count >= 50)
    }

    @Test("each case reports exactly its expected diagnostics", arguments: cases)
    func corpusCase(_ corpusCase: CorpusCase) {
        let problems = corpusCase.mismatches(frontEndDiagnostics(corpusCase.source, path: corpusCase.name))
        #expect(
            problems.isEmpty, "\(problems.joined(separator: "\n"))\n--- case starts at line \(corpusCase.firstLine)")
    }
}
