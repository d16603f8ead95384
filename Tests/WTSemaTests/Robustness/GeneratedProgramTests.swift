import Foundation
import Testing
import WTDiagnostics
import WTSema
import WTSyntax
import WTTestSupport

/// Random programs from the grammar: they parse (the generator only writes grammatical text), then
/// check or fail with diagnostics, and round-trip through the printer.
@Suite("Generated programs")
struct GeneratedProgramTests {
    static let seeds: [UInt64] = Array(1...40)

    @Test("generated programs parse, check or explain, and round-trip", arguments: seeds)
    func roundTrip(seed: UInt64) {
        for i in 0..<25 {
            var generator = ProgramGenerator(seed: seed * 1_000 + UInt64(i))
            let text = generator.program()
            let file = SourceFile(path: "gen\(seed)-\(i).wt", text: text)
            var diagnostics = DiagnosticEngine()
            let program = Parser.parse(file, diagnostics: &diagnostics)
            let syntaxErrors = diagnostics.diagnostics.filter { $0.severity == .error }
            guard syntaxErrors.isEmpty else {
                Issue.record("generated program does not parse: \(syntaxErrors.map(\.text))\n\(text)")
                return
            }
            let checked = Checker.check(program, file: file, diagnostics: &diagnostics)
            if checked == nil { #expect(diagnostics.hasErrors) }
            #expect(RobustnessTests.positionProblems(diagnostics.diagnostics, file).isEmpty)

            let printed = Printer.print(program)
            var again = DiagnosticEngine()
            let reparsed = Parser.parse(SourceFile(path: "printed.wt", text: printed), diagnostics: &again)
            #expect(!again.hasErrors, "printed program does not parse: \(again.diagnostics.map(\.text))\n\(printed)")
            #expect(ASTDump.dump(reparsed, trivia: true) == ASTDump.dump(program, trivia: true), "\(printed)")
            #expect(Printer.print(reparsed) == printed, "printing is not idempotent for:\n\(text)")
        }
    }
}
