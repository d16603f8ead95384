import Testing
import WTSyntax

@Suite("Parsing declarations and types")
struct DeclarationParsingTests {
    static let cases: [(String, String)] = [
        (##"param tag: string = "love""##, ##"(param tag (string) "love")"##),
        ("param n: int = 10", "(param n (int) 10)"),
        ("param n: int = -1", "(param n (int) (neg 1))"),
        ("param r: number = - 2.5", "(param r (number) (neg 2.5))"),
        ("param r: number = 0.75", "(param r (number) 0.75)"),
        ("param big: int = 1_000_000", "(param big (int) 1000000)"),
        ("param b: bool = true", "(param b (bool) true)"),
        ("param b: bool = false", "(param b (bool) false)"),
        ("param xs: [int] = [1, 2, 3,]", "(param xs (list (int)) (list 1 2 3))"),
        ("param xs: [string] = []", "(param xs (list (string)) (list))"),
        ("param xs: [[int]] = [[1, -2], []]", "(param xs (list (list (int))) (list (list 1 (neg 2)) (list)))"),
        ("param xs: [string] = [\n  \"a\",\n  \"b\",\n]", ##"(param xs (list (string)) (list "a" "b"))"##),
        ("param u: url", "(param u (url))"),
        ("param d: date?", "(param d (optional (date)))"),
        ("param pw: secret", "(param pw (secret))"),
        ("param f: file", "(param f (file))"),
        ("output n: number", "(output n (number))"),
        ("output r: { a: string, b: int?, }", "(output r (record (a (string)) (b (optional (int)))))"),
        ("output r: [{ a: { b: [date] } }]?", "(output r (optional (list (record (a (record (b (list (date)))))))))"),
        ("output q: {\n  text: string,\n  url: url\n}", "(output q (record (text (string)) (url (url))))"),
        ("output l: [\n  bool\n]", "(output l (list (bool)))"),
        ("output o: [string?]?", "(output o (optional (list (optional (string)))))"),
    ]

    @Test("declarations parse into the expected tree", arguments: cases)
    func declaration(source: String, expected: String) {
        #expect(Parse.dump(source) == expected)
    }

    @Test("the header's name and mode are read")
    func header() {
        let result = Parse.file("program \"shop\"\nmode browser\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.program.header.name.plainText == "shop")
        #expect(result.program.header.mode?.mode == .browser)
        #expect(ASTDump.dump(result.program) == "(program \"shop\"\n  (mode browser))")
    }

    @Test("every mode name is accepted", arguments: Mode.allCases)
    func modes(mode: Mode) {
        let result = Parse.file("program \"m\"\nmode \(mode.rawValue)\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.program.header.mode?.mode == mode)
    }

    @Test("every scalar type is accepted", arguments: ScalarType.allCases)
    func scalars(scalar: ScalarType) {
        #expect(Parse.dump("output v: \(scalar.rawValue)") == "(output v (\(scalar.rawValue)))")
    }

    @Test("a declaration after a step is reported but kept")
    func declarationAfterStep() {
        let result = Parse.body("back\nparam late: int")
        #expect(result.ids == ["syntax.declaration-after-step"])
        #expect(result.program.declarations.map(\.name.name) == ["late"])
        #expect(result.program.statements.count == 1)
    }
}
