import WTDiagnostics
import WTSyntax

/// Lexes text and renders tokens compactly for table tests: `name(x)`, `click`, `int(5)`, `number(1.5)`,
/// `duration(5000)`, `string("…")`, punctuation as written, `nl`, `comment(…)`; the final EOF is left out.
enum Lex {
    static func tokens(_ text: String) -> (tokens: [Token], diagnostics: [Diagnostic], list: TokenList) {
        var engine = DiagnosticEngine()
        let list = Lexer.tokenize(SourceFile(path: "lex.wt", text: text), diagnostics: &engine)
        return (list.tokens, engine.diagnostics, list)
    }

    static func render(_ text: String) -> String {
        let list = tokens(text).list
        return list.tokens.filter { $0.kind != .eof }.map { render($0, list.value(of: $0)) }.joined(separator: " ")
    }

    static func render(_ t: Token, _ value: TokenValue) -> String {
        switch (t.kind, value) {
        case (.name, .text(let s)): "name(\(s))"
        case (.keyword(let k), _): k.rawValue
        case (.int, .int(let v)): "int(\(v.map(String.init) ?? "overflow"))"
        case (.duration, .int(let v)): "duration(\(v.map(String.init) ?? "overflow"))"
        case (.number, .text(let s)): "number(\(s))"
        case (.string, .string(let s)): "string(\(ASTDump.dump(Expr(.string(s)))))"
        case (.comment, .text(let s)): "comment(\(s))"
        case (.newline, _): "nl"
        default: t.kind.display.replacingOccurrences(of: "'", with: "")
        }
    }
}
