import WTDiagnostics
import WTSema
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

    /// - Parameter added: parameters the compiler introduced (`ValueOrigins`), declared after the trace's.
    func text(declaring variables: [String: WTType], adding added: [TraceParameter] = []) -> String {
        var lines = Self.wrap(trace.task, width: 98).map { "# " + $0 }
        lines.append("program \(WTLiteral.quote(trace.name))")
        lines.append("mode \(mode)")
        lines.append("")
        let parameters = trace.parameters + added
        for p in parameters { lines.append(parameter(p)) }
        if !parameters.isEmpty { lines.append("") }
        for o in trace.outputs { lines.append("output \(o.name): \(o.type)") }
        lines.append("")
        return lines.joined(separator: "\n") + "\n"
    }

    private func parameter(_ p: TraceParameter) -> String {
        let head = "param \(p.name): \(p.type)"
        guard p.type != "secret", let value = p.defaultValue ?? p.value, let literal = Self.literal(value, p.type)
        else {
            return head
        }
        return head + " = " + literal
    }

    static func literal(_ value: JSONValue, _ type: String) -> String? {
        switch value {
        case .string(let s): WTLiteral.quote(s)
        case .number(let n) where type == "int": n == n.rounded() ? String(Int(n)) : nil
        case .number(let n): n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) + ".0" : String(n)
        case .bool(let b): b ? "true" : "false"
        case .array(let items) where type.hasPrefix("[") && type.hasSuffix("]"):
            literalList(items, element: String(type.dropFirst().dropLast()))
        default: nil
        }
    }

    /// `["laptop", "tablet"]`: a list default, when every element can be written.
    private static func literalList(_ items: [JSONValue], element: String) -> String? {
        let written = items.compactMap { literal($0, element) }
        return written.count == items.count ? "[" + written.joined(separator: ", ") + "]" : nil
    }

    /// The output types as the checker reads them; a type the trace wrote wrongly is reported at it.
    func outputTypes(diagnostics: inout DiagnosticEngine, positions: TracePositions, file: SourceFile)
        -> [String: WTType]?
    {
        var inner = DiagnosticEngine()
        let text = self.text(declaring: [:]) + "return\n"
        let output = FrontEnd.check(SourceFile(path: "header.wt", text: text), diagnostics: &inner)
        guard let checked = output.checked, !inner.hasErrors else {
            let reason = inner.sorted.first?.text ?? "the declarations do not check"
            diagnostics.emit(
                CompilerMessages.badDeclaration("the trace's parameters or outputs are not valid .wt: \(reason)"),
                at: positions.member("outputs"), in: file,
                help: "write each output type as in a program, e.g. \"[{ name: string, price: number }]\"")
            return nil
        }
        return Dictionary(checked.outputs.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
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
