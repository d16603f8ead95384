import WTDiagnostics
import WTSema
import WTSyntax
import WTTrace

/// The program's head from the trace's task, parameters and outputs: header comment, `program`, `mode`,
/// `param` and `output` lines.
struct Header {
    let trace: Trace
    /// The `mode` line and why (`LowerToHTTP`).
    let decision: ModeDecision

    /// - Parameter responses: a response file's text by its path relative to the trace; without it, a
    ///   browser recording stays `mode browser`.
    init(trace: Trace, responses: ((String) -> String?)? = nil) {
        self.trace = trace
        decision = LowerToHTTP.decide(trace, responses: responses)
    }

    /// `mode auto` when the run needed no browser, or when the raw responses of a browser recording show
    /// that plain HTTP sees every extracted value; otherwise `browser`.
    var mode: String { decision.mode }

    var modeReason: String { decision.reason }

    /// The program's head as a syntax tree — the task as comment lines, `program`, `mode`, the `param`
    /// (with the trace's values as defaults) and `output` declarations — and the output types as the
    /// checker reads them. A type the trace wrote wrongly is reported at the trace's outputs (nil).
    func head(diagnostics: inout DiagnosticEngine, positions: TracePositions, file: SourceFile)
        -> (program: Program, outputs: [String: WTType])?
    {
        var inner = DiagnosticEngine()
        // The types are text in the trace: the parser reads them, with the names they declare.
        let declared = SourceFile(path: "header.wt", text: declarationsText)
        var program = Parser.parse(declared, diagnostics: &inner)
        program.header = WTSyntax.Header(
            name: StringLiteral(text: trace.name),
            trivia: Trivia(leadingComments: Self.wrap(trace.task, width: 98).map { Comment($0) }),
            mode: ModeLine(mode: Mode(rawValue: mode) ?? .browser))
        program.declarations = program.declarations.map(withDefault)
        let checked = inner.hasErrors ? nil : Checker.check(program, file: declared, diagnostics: &inner)
        guard let checked, !inner.hasErrors else {
            let reason = inner.sorted.first?.text ?? "the declarations do not check"
            diagnostics.emit(
                CompilerMessages.badDeclaration("the trace's parameters or outputs are not valid .wt: \(reason)"),
                at: positions.member("outputs"), in: file,
                help: "write each output type as in a program, e.g. \"[{ name: string, price: number }]\"")
            return nil
        }
        program.statements = []
        let outputs = Dictionary(checked.outputs.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
        return (program, outputs)
    }

    /// `param NAME: TYPE` and `output NAME: TYPE` lines as the trace writes them (a blank line between the
    /// two groups), under a placeholder head, ending with `return` so the checker has a body.
    private var declarationsText: String {
        var lines = ["program \"trace\"", ""]
        lines += trace.parameters.map { "param \($0.name): \($0.type)" }
        if !trace.parameters.isEmpty { lines.append("") }
        lines += trace.outputs.map { "output \($0.name): \($0.type)" }
        return (lines + ["", "return"]).joined(separator: "\n") + "\n"
    }

    /// A `param` with the trace's value (or default) as its default, when it can be written; secrets never.
    private func withDefault(_ declaration: Declaration) -> Declaration {
        guard case .param(let name, let type, _) = declaration.kind,
            let p = trace.parameters.first(where: { $0.name == name.name }), p.type != "secret",
            let value = p.defaultValue ?? p.value, let literal = Self.literal(value, p.type)
        else { return declaration }
        var out = declaration
        out.kind = .param(name: name, type: type, defaultValue: literal)
        return out
    }

    /// `param` declarations for the parameters the compiler introduced (`ValueOrigins`), after the
    /// trace's own, each with the run's value as its default; a blank line before the outputs.
    static func declare(_ added: [TraceParameter], in program: inout Program) {
        guard !added.isEmpty else { return }
        let declarations = added.map { p in
            Declaration(
                .param(
                    name: Identifier(p.name), type: TypeExpr(.scalar(.string)),
                    defaultValue: (p.defaultValue ?? p.value).flatMap { literal($0, p.type) }))
        }
        let at = program.declarations.lastIndex { if case .param = $0.kind { true } else { false } }.map { $0 + 1 } ?? 0
        program.declarations.insert(contentsOf: declarations, at: at)
        let outputs = at + declarations.count
        if outputs < program.declarations.count { program.declarations[outputs].trivia.blankLineBefore = true }
    }

    /// A default as the parser reads it back: a negative number is `-` applied to the positive one.
    static func literal(_ value: JSONValue, _ type: String) -> Expr? {
        switch value {
        case .string(let s): Syntax.string(s)
        case .number(let n) where n < 0: literal(.number(-n), type).map { Expr(.negate($0)) }
        case .number(let n) where type == "int": n == n.rounded() && n < 1e15 ? Expr(.int(Int(n))) : nil
        case .number(let n): Expr(.number(n == n.rounded() && n < 1e15 ? String(Int(n)) + ".0" : String(n)))
        case .bool(let b): Expr(.bool(b))
        case .array(let items) where type.hasPrefix("[") && type.hasSuffix("]"):
            literalList(items, element: String(type.dropFirst().dropLast()))
        default: nil
        }
    }

    /// `["laptop", "tablet"]`: a list default, when every element can be written.
    private static func literalList(_ items: [JSONValue], element: String) -> Expr? {
        let written = items.compactMap { literal($0, element) }
        return written.count == items.count ? Expr(.list(written)) : nil
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            if !current.isEmpty && current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

/// Where things are in `trace.json`, for diagnostics: the reader keeps positions, and so does this. The
/// file is read again for them only when a diagnostic asks (a large trace takes a while).
final class TracePositions {
    private let file: SourceFile
    private lazy var root: JSONNode? = try? PositionedJSON.parse(file)

    init(_ file: SourceFile) {
        self.file = file
    }

    /// The step object with 1-based `index`.
    func step(_ index: Int) -> SourceRange {
        guard case .array(let steps)? = root?["steps"]?.value, index >= 1, index <= steps.count else {
            return member("steps")
        }
        return steps[index - 1].range
    }

    func member(_ key: String) -> SourceRange {
        root?.member(key)?.keyRange ?? .at(0)
    }
}
