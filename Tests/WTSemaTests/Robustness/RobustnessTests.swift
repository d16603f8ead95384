import Foundation
import Testing
import WTDiagnostics
import WTSema
import WTSyntax
import WTTestSupport

/// Feeds the front end inputs no one would write on purpose: it must never crash or hang, and whatever
/// it rejects must come with at least one diagnostic at a real line:col of the input.
@Suite("Front-end robustness")
struct RobustnessTests {
    /// Loads like the CLI does (binary and UTF-8 checks), then parses and checks.
    static func run(_ bytes: [UInt8]) -> (rejected: Bool, file: SourceFile?, diagnostics: [Diagnostic]) {
        switch SourceLoader.decode(path: "mutant.wt", data: Data(bytes)) {
        case .failure(let failure):
            return (true, nil, [failure.diagnostic])
        case .success(let (file, problems)):
            var diagnostics = DiagnosticEngine()
            diagnostics.append(contentsOf: problems)
            let output = FrontEnd.check(file, diagnostics: &diagnostics)
            return (output.checked == nil || diagnostics.hasErrors, file, diagnostics.diagnostics)
        }
    }

    /// Every diagnostic's position lies inside the file (line 1...lineCount, column 1...line length + 1).
    static func positionProblems(_ diagnostics: [Diagnostic], _ file: SourceFile?) -> [String] {
        guard let file else { return [] }
        return diagnostics.compactMap { d in
            guard let span = d.span else { return nil }
            let line = span.start.line
            let width = file.lineText(line).unicodeScalars.count + 1
            let ok = line >= 1 && line <= file.lineCount && span.start.column >= 1 && span.start.column <= width
            return ok ? nil : "\(d.id) at \(span.start) is outside the file (\(file.lineCount) lines)"
        }
    }

    static func assertHandled(_ inputs: [[UInt8]], _ label: String) {
        var rejected = 0
        for bytes in inputs {
            let result = run(bytes)
            if result.rejected {
                rejected += 1
                if !result.diagnostics.contains(where: { $0.severity == .error }) {
                    Issue.record(
                        "\(label): rejected without an error diagnostic: \(String(decoding: bytes.prefix(200), as: UTF8.self))"
                    )
                    return
                }
            }
            let problems = positionProblems(result.diagnostics, result.file)
            if !problems.isEmpty {
                Issue.record(
                    "\(label): \(problems.joined(separator: "; ")) for input: \(String(decoding: bytes.prefix(300), as: UTF8.self))"
                )
                return
            }
        }
        #expect(rejected > 0, "\(label): mutations should be rejected at least sometimes")
    }

    @Test("truncation at every byte of every sample is handled")
    func truncations() {
        let inputs = Mutations.truncations(Mutations.samples())
        #expect(inputs.count >= 5_000)
        Self.assertHandled(inputs, "truncation")
    }

    @Test("random byte flips are handled")
    func byteFlips() {
        Self.assertHandled(Mutations.byteFlips(Mutations.samples(), count: 3_000, seed: 1), "byte flip")
    }

    @Test("token deletion and duplication are handled")
    func tokenEdits() {
        Self.assertHandled(Mutations.tokenEdits(Mutations.samples(), count: 2_000, seed: 2), "token edit")
    }

    @Test("invalid UTF-8 is reported, with a position, and the rest is still checked")
    func invalidUTF8() {
        let inputs = Mutations.invalidUTF8(Mutations.samples(), count: 1_000, seed: 3)
        for bytes in inputs {
            let result = Self.run(bytes)
            #expect(result.diagnostics.contains { $0.id == "input.invalid-utf8" && $0.span != nil })
        }
        Self.assertHandled(inputs, "invalid UTF-8")
    }
}
