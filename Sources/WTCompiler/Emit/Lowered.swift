import WTSyntax

/// A statement as the compiler builds it: a syntax node with the trace steps it came from (its
/// provenance, printed as a `# step 7` comment and kept for `--explain`, diagnostics and repairs that
/// splice programs).
///
/// A statement that holds a block (`within`, `for each`, `repeat`, `if`) keeps its block empty in
/// `kind`; its statements are `body`, each with its own provenance, until `statement` assembles the tree.
struct Lowered: Sendable, Hashable {
    var kind: Statement.Kind
    var body: [Lowered]
    /// The trace steps this statement performs or stands for; empty for checks the compiler added.
    var steps: [Int]

    init(_ kind: Statement.Kind, body: [Lowered] = [], steps: [Int] = []) {
        self.kind = kind
        self.body = body
        self.steps = steps
    }

    /// The syntax tree, with `# step N` provenance comments unless `provenance` is false.
    func statement(provenance: Bool = true) -> Statement {
        let trivia = Trivia(trailingComment: provenance ? Self.provenance(steps) : nil)
        guard !body.isEmpty || kind.holdsBlock else { return Statement(kind, trivia: trivia) }
        let block = Block(body.map { $0.statement(provenance: provenance) })
        return Statement(kind.replacingBlock(block), trivia: trivia)
    }

    /// `step 7`, `steps 3, 5`, `steps 2…40`: where a statement came from in the trace.
    static func provenance(_ steps: [Int]) -> Comment? {
        let unique = Array(Set(steps)).sorted()
        guard let first = unique.first, let last = unique.last else { return nil }
        let shown = unique.count > 4 ? "\(first)…\(last)" : unique.map(String.init).joined(separator: ", ")
        return Comment((unique.count == 1 ? "step " : "steps ") + shown)
    }

    /// The statements of several loop iterations that read the same, as one: each statement with the
    /// steps of all of them. Nil when they do not read the same.
    static func merging(_ iterations: [[Lowered]]) -> [Lowered]? {
        guard let first = iterations.first, iterations.allSatisfy({ $0.count == first.count }) else { return nil }
        var out: [Lowered] = []
        for k in first.indices {
            let statements = iterations.map { $0[k] }
            guard statements.allSatisfy({ $0.kind == first[k].kind }),
                let body = merging(statements.map(\.body))
            else { return nil }
            out.append(Lowered(first[k].kind, body: body, steps: statements.flatMap(\.steps)))
        }
        return out
    }

    /// How many statements of `statements` (blocks included) are loops, conditions or scrolls that wait
    /// for a list: a body with more of them generalises more.
    static func generality(_ statements: [Lowered]) -> Int {
        statements.reduce(0) { total, s in
            let own: Int =
                switch s.kind {
                case .repeatLoop, .forEach, .ifElse, .scroll(.untilNoNew), .scroll(.until): 1
                default: 0
                }
            return total + own + generality(s.body)
        }
    }
}

extension Lowered {
    /// The elements a list read counts (`extract … each "L" { … }`, `texts "L"`, `urls "L"`, `attrs … of "L"`):
    /// what `scroll until no new` watches grow.
    var recordContainer: String? {
        let locator: Locator
        switch kind {
        case .extract(_, _, .each(let each, _)): locator = each
        case .extract(_, _, .field(let field)) where [.texts, .urls, .attrs].contains(field.kind):
            locator = field.locator
        default: return nil
        }
        guard locator.choices.count == 1, case .css(let selector) = locator.choices[0].kind else { return nil }
        return selector.plainText
    }
}

extension Statement.Kind {
    /// Whether this statement's syntax includes a block of statements.
    var holdsBlock: Bool {
        switch self {
        case .within, .forEach, .repeatLoop, .ifElse: true
        default: false
        }
    }

    /// The same statement with `block` as its body (the `then` block of an `if`).
    func replacingBlock(_ block: Block) -> Statement.Kind {
        switch self {
        case .within(let locator, _): .within(locator, block)
        case .forEach(let variable, let list, let concurrency, _):
            .forEach(variable: variable, list: list, concurrency: concurrency, body: block)
        case .repeatLoop(let count, let counter, _): .repeatLoop(count: count, counter: counter, body: block)
        case .ifElse(let condition, _, let otherwise): .ifElse(condition: condition, then: block, otherwise: otherwise)
        default: self
        }
    }
}
