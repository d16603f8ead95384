import Testing
import WTDiagnostics
import WTSyntax
import WTTestSupport

@Suite("Lexer")
struct LexerTests {
    static let tables: [(String, String)] = [
        // Durations, integers and names.
        ("500ms 5s 2m", "duration(500) duration(5000) duration(120000)"),
        ("5 s", "int(5) name(s)"),
        ("1_000 12.5 3", "int(1000) number(12.5) int(3)"),
        ("1_000.25", "number(1000.25)"),
        ("1.", "int(1) ."),
        ("a.b.c", "name(a) . name(b) . name(c)"),
        ("max_pages _x x1", "name(max_pages) name(_x) name(x1)"),
        ("click clicks", "click name(clicks)"),
        // Operators: longest match first.
        ("+= + = == = != <= < >= > ~ | - ?", "+= + = == = != <= < >= > ~ | - ?"),
        ("a+=1", "name(a) += int(1)"),
        ("{ } [ ] ( ) : , .", "{ } [ ] ( ) : , ."),
        // Strings, escapes and interpolations.
        (#""plain""#, #"string("plain")"#),
        (#""a\"b\\c\n\t""#, #"string("a\"b\\c\n\t")"#),
        (#""\{literal\}""#, #"string("\{literal\}")"#),
        (#""https://q/{tag}/{item.url}""#, #"string("https://q/{tag}/{item.url}")"#),
        (#""""#, #"string("")"#),
        // Comments and newlines.
        ("click # go   \nback", "click comment(go) nl back"),
        ("a\r\nb\n", "name(a) nl name(b) nl"),
        ("#only", "comment(only)"),
        ("\t  back  \t", "back"),
        ("\u{FEFF}back", "back"),
    ]

    @Test("token kinds for tricky inputs", arguments: tables)
    func tokenKinds(input: String, expected: String) {
        #expect(Lex.render(input) == expected)
        #expect(Lex.tokens(input).diagnostics.isEmpty)
    }

    @Test("every keyword of the grammar is reserved", arguments: Keyword.allCases)
    func keywordsAreReserved(keyword: Keyword) {
        #expect(Lex.tokens(keyword.rawValue).tokens.first?.kind == .keyword(keyword))
    }

    @Test("token ranges cover exactly their bytes, CRLF included")
    func ranges() {
        let tokens = Lex.tokens("ab \"x\"\r\n5s").tokens
        let ranges = tokens.map { "\($0.range)" }
        #expect(ranges == ["0..<2", "3..<6", "6..<8", "8..<10", "10..<10"])
    }

    static let errorTables: [(String, String, String)] = [
        ("a @ b", "syntax.unexpected-character", "name(a) name(b)"),
        ("a @@@ b", "syntax.unexpected-character", "name(a) name(b)"),
        ("a é b", "syntax.unexpected-character", "name(a) name(b)"),
        ("99999999999999999999", "syntax.int-overflow", "int(overflow)"),
        ("9999999999999999999m", "syntax.int-overflow", "duration(overflow)"),
        ("5sec", "syntax.invalid-number-suffix", "duration(5)"),
        ("\"abc\nback", "syntax.unterminated-string", "string(\"abc\") nl back"),
        ("\"a\\qb\"", "syntax.invalid-escape", "string(\"a\\\\qb\")"),
        ("\"{ x}\"", "syntax.invalid-interpolation", "string(\"\\{ x\\}\")"),
        ("\"{a.}\"", "syntax.invalid-interpolation", "string(\"\\{a.\\}\")"),
        ("\"{}\"", "syntax.invalid-interpolation", "string(\"\\{\\}\")"),
        ("\"a}b\"", "syntax.unescaped-brace", "string(\"a\\}b\")"),
        ("a\rb", "syntax.unexpected-character", "name(a) name(b)"),
        ("\"abc {\nback", "syntax.unterminated-string", "string(\"abc \\{\") nl back"),
    ]

    @Test("lexical errors are reported once and lexing goes on", arguments: errorTables)
    func lexicalErrors(input: String, id: String, expected: String) {
        let diagnostics = Lex.tokens(input).diagnostics
        #expect(diagnostics.map(\.id) == [id])
        #expect(Lex.render(input) == expected)
    }

    @Test("comment text is trimmed of surrounding whitespace")
    func commentText() {
        let list = Lex.tokens("#   spaced out \t\r\n").list
        #expect(list.tokens.first.map(list.value) == .text("spaced out"))
    }

    @Test("interpolation names keep their source ranges")
    func interpolationRanges() {
        let marked = "\"x{1️⃣item.2️⃣url}\""
        let source = MarkedSource(marked)
        let list = Lex.tokens(source.text).list
        guard case .string(let literal)? = list.tokens.first.map(list.value),
            case .interpolation(let path)? = literal.parts.last
        else {
            Issue.record("expected a string with an interpolation")
            return
        }
        #expect(path.map(\.range.start) == [source["1️⃣"], source["2️⃣"]])
    }
}
