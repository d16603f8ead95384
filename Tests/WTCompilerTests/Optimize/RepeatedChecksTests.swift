import Testing
import WTSyntax

@testable import WTCompiler

/// The optimizer pass that drops a check repeating the statement just before it.
@Suite("Repeated checks")
struct RepeatedChecksTests {
    static let waitForWord = Statement.Kind.waitFor(Syntax.exists("#word"), timeout: nil)
    static let click = Statement.Kind.click(Syntax.css("#more"), timeout: nil)

    /// The statements printed as a program body, without provenance comments.
    static func text(_ statements: [Lowered]) -> String {
        let program = Program(
            header: WTSyntax.Header(name: StringLiteral(text: "t")), statements: statements.map { $0.statement() })
        return Printer.print(program)
    }

    @Test("a wait right after the same wait goes, and its steps join the one kept")
    func repeatedWait() {
        var explain: [String] = []
        let kept = RepeatedChecks.removing(
            from: [Lowered(Self.waitForWord, steps: [2]), Lowered(Self.waitForWord, steps: [3])], explain: &explain)
        #expect(kept == [Lowered(Self.waitForWord, steps: [2, 3])])
        #expect(explain == [##"'wait for exists "#word"' twice in a row: kept once"##])
    }

    @Test("repeated actions stay, and so do checks that are not next to each other")
    func actionsAndSeparatedChecks() {
        var explain: [String] = []
        let statements = [
            Lowered(Self.click, steps: [1]), Lowered(Self.click, steps: [2]), Lowered(Self.waitForWord),
            Lowered(Self.click, steps: [3]), Lowered(Self.waitForWord),
        ]
        #expect(RepeatedChecks.removing(from: statements, explain: &explain) == statements)
        #expect(explain.isEmpty)
    }

    @Test("repeats inside a loop body go too, and the loop prints once with its body")
    func insideBlocks() {
        var explain: [String] = []
        let expect = Statement.Kind.expect(Syntax.binary(.greaterEqual, Syntax.count("links"), Expr(.int(1))))
        let loop = Lowered(
            .repeatLoop(count: Expr(.int(3)), counter: nil, body: Block()),
            body: [Lowered(Self.click, steps: [4]), Lowered(expect), Lowered(expect)])
        let kept = RepeatedChecks.removing(from: [loop], explain: &explain)
        #expect(
            Self.text(kept) == """
                program "t"

                repeat 3 {
                  click "#more"  # step 4
                  expect count links >= 1
                }

                """)
        #expect(explain.count == 1)
    }
}
