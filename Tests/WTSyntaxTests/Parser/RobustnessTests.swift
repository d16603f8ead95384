import Testing
import WTDiagnostics
import WTSyntax
import WTTestSupport

/// Generated and mutated programs: valid text parses cleanly; damaged text never crashes and only ever
/// produces `syntax.*` diagnostics.
@Suite("Parser robustness")
struct RobustnessTests {
    @Test("generated programs parse without diagnostics", arguments: 0..<10)
    func generated(seed: UInt64) {
        for i in 0..<20 {
            var generator = ProgramGenerator(seed: seed * 1_000 + UInt64(i))
            let text = generator.program()
            let result = Parse.file(text)
            #expect(result.diagnostics.isEmpty, "\(result.summary)\n\(text)")
        }
    }

    @Test("damaged programs never crash and report only syntax diagnostics", arguments: 0..<10)
    func damaged(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let pieces = ["{", "}", "(", ")", "[", "]", "\"", "\\", "#", "\n", ",", "=", "not ", "|", "-", "é", "{x"]
        for i in 0..<20 {
            var generator = ProgramGenerator(seed: seed * 7_919 + UInt64(i))
            var bytes = Array(generator.program().unicodeScalars)
            for _ in 0..<Int.random(in: 1...6, using: &random) where !bytes.isEmpty {
                let at = Int.random(in: 0..<bytes.count, using: &random)
                if random.chance(0.5) {
                    bytes.remove(at: at)
                } else {
                    bytes.insert(contentsOf: random.pick(pieces).unicodeScalars, at: at)
                }
            }
            let text = String(String.UnicodeScalarView(bytes))
            let result = Parse.file(text)
            #expect(result.diagnostics.allSatisfy { $0.id.hasPrefix("syntax.") && $0.span != nil })
            #expect(result.program.range.end <= result.file.utf8.count)
        }
    }

    @Test("every prefix of a program parses without crashing")
    func prefixes() {
        var generator = ProgramGenerator(seed: 42, maxDepth: 3)
        let text = Array(generator.program().utf8)
        for end in stride(from: 0, through: text.count, by: 3) {
            let result = Parse.file(String(decoding: text[..<end], as: UTF8.self))
            #expect(result.diagnostics.count < 50)
        }
    }
}
