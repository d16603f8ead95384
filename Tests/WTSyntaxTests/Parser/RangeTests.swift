import Testing
import WTDiagnostics
import WTSyntax
import WTTestSupport

/// Node ranges cover exactly their tokens, never comments.
@Suite("Source ranges")
struct RangeTests {
    static func parse(_ marked: MarkedSource) -> Program {
        let result = Parse.file(marked.text)
        #expect(result.diagnostics.isEmpty, "\(result.summary)")
        return result.program
    }

    static func range(_ marked: MarkedSource, _ from: String, _ to: String) -> SourceRange {
        SourceRange(start: marked[from], end: marked[to])
    }

    @Test("a statement, its locator, choices and timeout")
    func step() {
        let m = MarkedSource("program \"t\"\n1️⃣click 2️⃣\".a\"3️⃣ | 4️⃣text \"b\"5️⃣ timeout 6️⃣5s7️⃣  # c\n")
        let statement = Self.parse(m).statements.first
        #expect(statement?.range == Self.range(m, "1️⃣", "7️⃣"))
        guard case .click(let locator, let timeout)? = statement?.kind else {
            Issue.record("expected a click")
            return
        }
        #expect(locator.range == Self.range(m, "2️⃣", "5️⃣"))
        #expect(locator.choices.map(\.range) == [Self.range(m, "2️⃣", "3️⃣"), Self.range(m, "4️⃣", "5️⃣")])
        #expect(timeout?.range == Self.range(m, "6️⃣", "7️⃣"))
    }

    @Test("block statements end at their closing brace; else-if statements have their own range")
    func blocks() {
        let m = MarkedSource("program \"t\"\n1️⃣if a 2️⃣{\n  back\n} else 3️⃣if b {\n}4️⃣ # c\n")
        let statement = Self.parse(m).statements.first
        #expect(statement?.range == Self.range(m, "1️⃣", "4️⃣"))
        guard case .ifElse(_, let then, .elseIf(let nested)?)? = statement?.kind else {
            Issue.record("expected if … else if")
            return
        }
        #expect(then.range.start == m["2️⃣"])
        #expect(nested.range == Self.range(m, "3️⃣", "4️⃣"))
    }

    @Test("declarations, types, names and defaults")
    func declaration() {
        let m = MarkedSource("program \"t\"\n1️⃣param 2️⃣n3️⃣: 4️⃣[int]?5️⃣ = 6️⃣-27️⃣  # c\n")
        let declaration = Self.parse(m).declarations.first
        guard case .param(let name, let type, let value)? = declaration?.kind else {
            Issue.record("expected a param")
            return
        }
        #expect(declaration?.range == Self.range(m, "1️⃣", "7️⃣"))
        #expect(name.range == Self.range(m, "2️⃣", "3️⃣"))
        #expect(type.range == Self.range(m, "4️⃣", "5️⃣"))
        #expect(value?.range == Self.range(m, "6️⃣", "7️⃣"))
    }

    @Test("expressions: binary operands, parentheses and strings with quotes")
    func expressions() {
        let m = MarkedSource("program \"t\"\nexpect 1️⃣(2️⃣a + 3️⃣\"x\"4️⃣)5️⃣ == 6️⃣count items7️⃣\n")
        guard case .expect(let e)? = Self.parse(m).statements.first?.kind,
            case .binary(.equal, let lhs, let rhs) = e.kind,
            case .paren(let inner) = lhs.kind,
            case .binary(.plus, _, let string) = inner.kind
        else {
            Issue.record("unexpected tree")
            return
        }
        #expect(e.range == Self.range(m, "1️⃣", "7️⃣"))
        #expect(lhs.range == Self.range(m, "1️⃣", "5️⃣"))
        #expect(inner.range == Self.range(m, "2️⃣", "4️⃣"))
        #expect(string.range == Self.range(m, "3️⃣", "4️⃣"))
        #expect(rhs.range == Self.range(m, "6️⃣", "7️⃣"))
    }

    @Test("header and program ranges cover tokens only")
    func header() {
        let m = MarkedSource("# lead\n1️⃣program \"t\"\nmode http2️⃣ # c\nback3️⃣\n# end\n")
        let program = Self.parse(m)
        #expect(program.header.range == Self.range(m, "1️⃣", "2️⃣"))
        #expect(program.range == Self.range(m, "1️⃣", "3️⃣"))
    }

    @Test("selector offsets map decoded text back to the source, through escapes")
    func sourceOffsets() {
        let m = MarkedSource("program \"t\"\nclick 1️⃣\"2️⃣a3️⃣\\\"4️⃣b\\\\5️⃣c6️⃣\"\n")
        let result = Parse.file(m.text)
        guard case .click(let locator, _)? = result.program.statements.first?.kind,
            case .css(let literal)? = locator.choices.first?.kind
        else {
            Issue.record("expected a css locator")
            return
        }
        #expect(literal.plainText == "a\"b\\c")
        #expect(literal.range.start == m["1️⃣"])
        let offsets = (0...5).map { literal.sourceOffset(ofDecodedOffset: $0, in: result.file) }
        #expect(offsets == [m["2️⃣"], m["3️⃣"], m["4️⃣"], m["4️⃣"] + 1, m["5️⃣"], m["6️⃣"]])
    }
}
