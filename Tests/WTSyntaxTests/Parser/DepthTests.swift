import Foundation
import Testing
import WTSyntax

/// The nesting limit: deep input gets one diagnostic, never a stack overflow.
@Suite("Nesting depth")
struct DepthTests {
    static func nestedBlocks(_ depth: Int, closed: Bool = true) -> String {
        "program \"deep\"\n" + String(repeating: "repeat 1 {\n", count: depth) + "back\n"
            + (closed ? String(repeating: "}\n", count: depth) : "") + "back\n"
    }

    static func nestedParens(_ depth: Int) -> String {
        "program \"deep\"\nlet x = " + String(repeating: "(", count: depth) + "a" + String(repeating: ")", count: depth)
            + "\nback\n"
    }

    @Test("64 levels parse; the 65th is reported once")
    func boundary() {
        #expect(Parse.file(Self.nestedBlocks(64)).ids.isEmpty)
        #expect(Parse.file(Self.nestedParens(63)).ids.isEmpty)
        #expect(Parse.file(Self.nestedBlocks(65)).ids == ["syntax.nesting-too-deep"])
        #expect(Parse.file(Self.nestedParens(65)).ids == ["syntax.nesting-too-deep"])
    }

    @Test("10,000 nested blocks give one diagnostic and the statements after them still parse")
    func deepBlocks() {
        let result = Parse.file(Self.nestedBlocks(10_000))
        #expect(result.ids == ["syntax.nesting-too-deep"])
        #expect(result.program.statements.count == 2)
        #expect(result.diagnostics.first?.span?.start.line == 66)
    }

    @Test("10,000 unclosed blocks give a nesting and an unclosed-block diagnostic")
    func deepUnclosedBlocks() {
        let result = Parse.file(Self.nestedBlocks(10_000, closed: false))
        #expect(result.ids == ["syntax.unclosed-block", "syntax.nesting-too-deep"])
    }

    enum Shape: String, CaseIterable, Sendable {
        case parens, unclosedParens, nots, listLiterals, listTypes, recordTypes

        var source: String {
            let n = 10_000
            func repeated(_ s: String) -> String { String(repeating: s, count: n) }
            switch self {
            case .parens: return "let x = " + repeated("(") + "a" + repeated(")")
            case .unclosedParens: return "let x = " + repeated("(")
            case .nots: return "expect " + repeated("not ") + "a"
            case .listLiterals: return "param p: [int] = " + repeated("[") + repeated("]")
            case .listTypes: return "output o: " + repeated("[") + "int" + repeated("]")
            case .recordTypes: return "output o: " + repeated("{ a: ") + "int" + repeated(" }")
            }
        }
    }

    @Test("10,000 nested parentheses, nots, lists and record types give one diagnostic", arguments: Shape.allCases)
    func deepExpression(shape: Shape) {
        let result = Parse.body(shape.source + "\nback")
        #expect(result.ids == ["syntax.nesting-too-deep"])
        #expect(result.program.statements.last?.kind == .back)
    }

    @Test("deep input parses on a thread with a 512 KiB stack")
    func smallStack() async {
        let sources = [Self.nestedBlocks(10_000), Self.nestedParens(10_000)]
        let ids = await withCheckedContinuation { (continuation: CheckedContinuation<[[String]], Never>) in
            let thread = Thread {
                continuation.resume(returning: sources.map { Parse.file($0).ids })
            }
            thread.stackSize = 512 * 1024
            thread.start()
        }
        #expect(ids == [["syntax.nesting-too-deep"], ["syntax.nesting-too-deep"]])
    }
}
