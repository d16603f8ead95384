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

extension Lowered {
    /// The statements of several loop iterations that read the same, as one: each statement with the
    /// steps of all of them. Nil when they do not read the same.
    static func merging(_ iterations: [[Lowered]]) -> [Lowered]? {
        guard let first = iterations.first, iterations.allSatisfy({ $0.count == first.count }) else { return nil }
        var out: [Lowered] = []
        for k in first.indices {
            guard let merged = merging(iterations.map { $0[k] }) else { return nil }
            out.append(merged)
        }
        return out
    }

    private static func merging(_ statements: [Lowered]) -> Lowered? {
        let steps = statements.flatMap(\.steps)
        switch statements.first {
        case .line(let text, _)?:
            guard statements.allSatisfy({ if case .line(text, _) = $0 { true } else { false } }) else { return nil }
            return .line(text, steps: steps)
        case .lines(let lines, _)?:
            guard statements.allSatisfy({ if case .lines(lines, _) = $0 { true } else { false } }) else { return nil }
            return .lines(lines, steps: steps)
        case .block(let head, _, _)?:
            var bodies: [[Lowered]] = []
            for statement in statements {
                guard case .block(head, let body, _) = statement else { return nil }
                bodies.append(body)
            }
            return merging(bodies).map { .block(head, body: $0, steps: steps) }
        case nil:
            return nil
        }
    }

    var steps: [Int] {
        switch self {
        case .line(_, let steps), .block(_, _, let steps), .lines(_, let steps): steps
        }
    }
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
