/// The program as the compiler builds it, before it is written out: statements already in `.wt` words,
/// each with the trace steps it came from (printed as `# step 7` provenance comments).
indirect enum Lowered: Sendable, Hashable {
    /// One line: `click role link "Next"`, `extract links = urls "a.product"`, `expect url ~ "/account$"`.
    case line(String, steps: [Int])
    /// A line that opens a block (`repeat max_pages {`, `for each link in links {`), its body, and `}`.
    case block(String, body: [Lowered], steps: [Int])
    /// A multi-line statement written as given (a record extraction with its body).
    case lines([String], steps: [Int])
}

/// Writes lowered statements as `.wt` text; the canonical printer formats the result afterwards.
enum Emitter {
    static func write(_ statements: [Lowered], indent: String = "", provenance: Bool = true) -> [String] {
        statements.flatMap { write($0, indent: indent, provenance: provenance) }
    }

    static func write(_ statement: Lowered, indent: String, provenance shown: Bool) -> [String] {
        func from(_ steps: [Int]) -> String { shown ? provenance(steps) : "" }
        switch statement {
        case .line(let text, let steps):
            return [indent + text + from(steps)]
        case .block(let head, let body, let steps):
            return [indent + head + " {" + from(steps)] + write(body, indent: indent + "  ", provenance: shown)
                + [indent + "}"]
        case .lines(let lines, let steps):
            guard let first = lines.first else { return [] }
            return [indent + first + from(steps)] + lines.dropFirst().map { indent + $0 }
        }
    }

    /// `  # step 7`, `  # steps 3, 5`: where a statement came from in the trace.
    static func provenance(_ steps: [Int]) -> String {
        let unique = Array(Set(steps)).sorted()
        guard !unique.isEmpty else { return "" }
        let shown =
            unique.count > 4
            ? "\(unique[0])…\(unique[unique.count - 1])" : unique.map(String.init).joined(separator: ", ")
        return "  # " + (unique.count == 1 ? "step " : "steps ") + shown
    }
}
