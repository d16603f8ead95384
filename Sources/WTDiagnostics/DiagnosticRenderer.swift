/// Prints diagnostics the way CONVENTIONS.md #2 shows:
///
///     samples/login/program.wt:12:22: error: unknown variable 'usr' [sema.undefined-variable]
///      12 |   fill "#email" with usr
///         |                      ^~~
///
/// Colour is added only when asked (the CLI asks when stderr is a TTY).
public struct DiagnosticRenderer: Sendable {
    public var colour: Bool
    private let sources: [String: SourceFile]

    /// `sources` are the files excerpts are taken from, keyed by `SourceFile.path`.
    public init(sources: [SourceFile], colour: Bool = false) {
        self.colour = colour
        var map: [String: SourceFile] = [:]
        for file in sources { map[file.path] = file }
        self.sources = map
    }

    /// All diagnostics, one block each, each block ending in a newline.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var out = headline(diagnostic)
        if let span = diagnostic.span, let file = sources[span.path] {
            out += excerpt(span, in: file)
        }
        if let help = diagnostic.help {
            out += paint("  help: ", .bold) + help + "\n"
        }
        for note in diagnostic.notes {
            out += (note.span.map { "\($0): " } ?? "") + paint("note: ", .bold) + note.text + "\n"
            if let span = note.span, let file = sources[span.path] { out += excerpt(span, in: file) }
        }
        return out
    }

    private func headline(_ d: Diagnostic) -> String {
        let place = d.span.map { "\($0.path):\($0.start.line):\($0.start.column): " } ?? ""
        let kind = paint("\(d.severity.rawValue):", d.severity == .error ? .red : .yellow)
        return "\(place)\(kind) \(d.text) [\(d.id)]\n"
    }

    /// Lines longer than this are shown as a window around the caret, so a huge line cannot flood a terminal.
    static let maximumExcerptWidth = 120

    private func excerpt(_ span: SourceSpan, in file: SourceFile) -> String {
        let scalars = Array(file.lineText(span.start.line).unicodeScalars)
        let number = String(span.start.line)
        let gutter = String(repeating: " ", count: number.count)
        let endColumn = span.end.line == span.start.line ? span.end.column : scalars.count + 1
        var start = max(0, min(span.start.column - 1, scalars.count))
        var width = max(1, min(endColumn, scalars.count + 1) - (start + 1))
        var shown = scalars[...]
        var lead = ""
        if scalars.count > Self.maximumExcerptWidth {
            let from = max(0, min(start - Self.maximumExcerptWidth / 3, scalars.count - Self.maximumExcerptWidth))
            let to = min(scalars.count, from + Self.maximumExcerptWidth)
            shown = scalars[from..<to]
            lead = from > 0 ? "…" : ""
            start = start - from + (lead.isEmpty ? 0 : 1)
            width = min(width, max(1, to - from))
            if to < scalars.count { shown.append("…") }
        }
        let line = lead + String(String.UnicodeScalarView(shown))
        // Copy tabs from the line so the caret lands under the right character.
        let pad = String(String.UnicodeScalarView(line.unicodeScalars.prefix(start).map { $0 == "\t" ? "\t" : " " }))
        let marker = "^" + String(repeating: "~", count: width - 1)
        return " \(number) | \(printable(line))\n \(gutter) | \(pad)\(paint(marker, .green))\n"
    }

    /// Control characters in an excerpt would garble a terminal; show them as U+FFFD.
    private func printable(_ line: String) -> String {
        String(
            String.UnicodeScalarView(
                line.unicodeScalars.map { s in
                    s.value < 0x20 && s != "\t" || s.value == 0x7F ? "\u{FFFD}" : s
                }))
    }

    private enum Style: String { case red = "31", yellow = "33", green = "32", bold = "1" }

    private func paint(_ text: String, _ style: Style) -> String {
        colour ? "\u{1B}[1;\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
