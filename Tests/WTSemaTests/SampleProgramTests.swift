import Foundation
import Testing
import WTDiagnostics
import WTSema
import WTSyntax
import WTTestSupport

@Suite("Sample programs")
struct SampleProgramTests {
    static let programs = Paths.samplePrograms()

    @Test("there are at least six samples")
    func enoughSamples() {
        #expect(Self.programs.count >= 6)
    }

    @Test("every sample checks without any diagnostic", arguments: programs)
    func sampleChecks(_ url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        var diagnostics = DiagnosticEngine()
        let output = FrontEnd.check(SourceFile(path: url.path, text: text), diagnostics: &diagnostics)
        let rendered = DiagnosticRenderer(sources: [output.file]).render(diagnostics.diagnostics)
        #expect(diagnostics.diagnostics.isEmpty, "\(rendered)")
        #expect(output.checked != nil)
    }

    @Test("every sample is canonical: print(parse(x)) == x", arguments: programs)
    func sampleIsCanonical(_ url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        var diagnostics = DiagnosticEngine()
        let program = Parser.parse(SourceFile(path: url.path, text: text), diagnostics: &diagnostics)
        let printed = Printer.print(program)
        #expect(printed == text, "\(TextDiff.unified(expected: text, actual: printed))")
    }

    @Test("the samples together use every statement kind")
    func samplesCoverTheLanguage() throws {
        var dumps = ""
        for url in Self.programs {
            var diagnostics = DiagnosticEngine()
            let text = try String(contentsOf: url, encoding: .utf8)
            dumps += ASTDump.dump(Parser.parse(SourceFile(path: url.path, text: text), diagnostics: &diagnostics))
        }
        let needed = [
            "(open", "(click", "(fill", "(select", "(check", "(uncheck", "(press", "(scroll", "(wait",
            "(back", "(download", "(within", "(for-each", "(repeat", "(if", "(break", "(return",
            "(extract", "(let", "(expect", "(each", "(one", "(table", "(xpath", "(role", "(label",
            "(testid", "(text", "(placeholder",
        ]
        for word in needed {
            #expect(dumps.contains(word), "no sample uses \(word)")
        }
    }
}
