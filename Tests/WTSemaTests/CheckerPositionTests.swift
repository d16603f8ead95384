import Testing
import WTDiagnostics
import WTTestSupport

/// Positions asserted with markers (CONVENTIONS.md #8): the marker stands where the diagnostic must start.
@Suite("Checker positions")
struct CheckerPositionTests {
    static let cases: [(String, String)] = [
        ("sema.undefined-name", "program \"p\"\n\nfill \"#e\" with 1️⃣usr\n"),
        ("sema.invalid-selector", "program \"p\"\n\nclick \"a1️⃣:hovr\"\n"),
        ("sema.invalid-selector", "program \"p\"\n\nclick \"ul > li.x 1️⃣> \"\n"),
        ("sema.invalid-selector", "program \"p\"\n\nclick \"a[title=\\\"x\\\"]1️⃣[\"\n"),
        ("sema.unknown-field", "program \"p\"\n\nextract r = one \"tr\" {\n  a = text \"td\"\n}\nlet b = r.1️⃣c\n"),
        ("sema.duplicate-name", "program \"p\"\n\nparam a: int = 1\noutput 1️⃣a: int\n"),
        ("sema.default-type-mismatch", "program \"p\"\n\nparam a: int = 1️⃣\"x\"\n"),
        ("sema.unreachable", "program \"p\"\n\nreturn\n1️⃣back\n"),
    ]

    @Test("diagnostics start at the marked position", arguments: cases)
    func position(_ id: String, _ marked: String) {
        let source = MarkedSource(marked)
        let diagnostics = frontEndDiagnostics(source.text)
        let matching = diagnostics.filter { $0.id == id }
        #expect(matching.count == 1, "expected one \(id), got \(diagnostics.map { "\($0.id): \($0.text)" })")
        #expect(
            matching.first?.span?.start.offset == source["1️⃣"],
            "\(id) at \(matching.first?.span?.description ?? "nowhere")")
        #expect(diagnostics.count == matching.count, "unexpected: \(diagnostics.map(\.text))")
    }
}
