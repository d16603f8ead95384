import Testing
import WTDiagnostics
import WTTestSupport

@Suite("Diagnostic rendering")
struct DiagnosticRendererTests {
    static let message = DiagnosticMessage("sema.undefined-variable", .error, "unknown variable 'usr'")

    @Test("text form is file:line:col, severity, message, id, excerpt and caret")
    func conventionForm() {
        let marked = MarkedSource("program \"p\"\n\nfill \"#email\" with 1️⃣usr\n")
        let file = SourceFile(path: "samples/login/program.wt", text: marked.text)
        let start = marked["1️⃣"]
        let d = Diagnostic(Self.message, span: file.span(of: SourceRange(start: start, end: start + 3)))
        let text = DiagnosticRenderer(sources: [file]).render(d)
        #expect(
            text == """
                samples/login/program.wt:3:20: error: unknown variable 'usr' [sema.undefined-variable]
                 3 | fill "#email" with usr
                   |                    ^~~

                """)
    }

    @Test("help and notes follow the excerpt")
    func helpAndNotes() {
        let file = SourceFile(path: "a.wt", text: "x\ny\n")
        let d = Diagnostic(
            Self.message, span: file.span(of: .at(2)), help: "declare it",
            notes: [.init("first declared here", span: file.span(of: .at(0)))])
        let text = DiagnosticRenderer(sources: [file]).render(d)
        #expect(text.contains("  help: declare it\n"))
        #expect(text.contains("a.wt:1:1: note: first declared here\n"))
    }

    @Test("columns count characters, not bytes, and tabs are copied under the caret")
    func multibyteAndTabs() {
        let marked = MarkedSource("é✓\t1️⃣x\n")
        let file = SourceFile(path: "t.wt", text: marked.text)
        let span = file.span(of: .at(marked["1️⃣"]))
        #expect(span.start.column == 4)
        let text = DiagnosticRenderer(sources: [file]).render(Diagnostic(Self.message, span: span))
        #expect(text.hasSuffix(" 1 | é✓\tx\n   |   \t^\n"))
    }

    @Test("a very long line is shown as a window around the caret")
    func longLineWindow() {
        let line = String(repeating: "a ", count: 50_000) + "BAD" + String(repeating: " b", count: 50_000)
        let file = SourceFile(path: "long.wt", text: line + "\n")
        let start = 100_000
        let d = Diagnostic(Self.message, span: file.span(of: SourceRange(start: start, end: start + 3)))
        let lines = DiagnosticRenderer(sources: [file]).render(d).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].count < 140)
        let excerpt = Array(lines[1])
        let caret = Array(lines[2])
        guard let at = caret.firstIndex(of: "^") else {
            Issue.record("no caret")
            return
        }
        #expect(String(excerpt[at..<(at + 3)]) == "BAD")
    }

    @Test("positions past the end clamp to the last line")
    func clamping() {
        let file = SourceFile(path: "c.wt", text: "ab\ncd")
        #expect(file.location(of: 1_000) == SourceLocation(line: 2, column: 3, offset: 5))
        #expect(file.location(of: -4).line == 1)
    }

    @Test("JSON form carries the same values")
    func json() {
        let file = SourceFile(path: "j.wt", text: "abc\n")
        let d = Diagnostic(Self.message, span: file.span(of: SourceRange(start: 1, end: 2)), help: "h")
        let json = DiagnosticJSON.encode([d])
        #expect(json.contains("\"id\" : \"sema.undefined-variable\""))
        #expect(json.contains("\"line\" : 1"))
        #expect(json.contains("\"column\" : 2"))
        #expect(json.contains("\"help\" : \"h\""))
    }
}

@Suite("Line diff")
struct LineDiffTests {
    @Test("equal texts have no diff")
    func equal() {
        #expect(LineDiff.unified(old: "a\nb\n", new: "a\nb\n", oldName: "x", newName: "y").isEmpty)
    }

    @Test("a changed line shows as removed and added with context")
    func changed() {
        let diff = LineDiff.unified(old: "a\nb\nc\n", new: "a\nB\nc\n", oldName: "x", newName: "y", context: 1)
        #expect(diff == "--- x\n+++ y\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n")
    }

    @Test("huge inputs do not go quadratic: the middle becomes a replacement")
    func huge() {
        let old = (0..<5_000).map { "o\($0)" }.joined(separator: "\n")
        let new = (0..<5_000).map { "n\($0)" }.joined(separator: "\n")
        let diff = LineDiff.unified(old: old, new: new, oldName: "x", newName: "y")
        #expect(diff.contains("-o4999"))
        #expect(diff.contains("+n4999"))
    }
}

@Suite("Source loading")
struct SourceLoaderTests {
    @Test("invalid UTF-8 is replaced and reported at its line and column")
    func invalidUTF8() throws {
        let bytes: [UInt8] = Array("ab\ncd".utf8) + [0xFF] + Array("e\n".utf8)
        guard case .success(let (file, problems)) = SourceLoader.decode(path: "u.wt", data: .init(bytes)) else {
            Issue.record("decode failed")
            return
        }
        #expect(problems.first?.id == "input.invalid-utf8")
        #expect(problems.first?.span?.start == SourceLocation(line: 2, column: 3, offset: 5))
        #expect(file.text == "ab\ncd\u{FFFD}e\n")
    }

    @Test("NUL bytes mean binary input")
    func binary() {
        guard case .failure(.invalid(let d)) = SourceLoader.decode(path: "b.wt", data: .init([0x61, 0x00])) else {
            Issue.record("binary input accepted")
            return
        }
        #expect(d.id == "input.binary")
    }
}
