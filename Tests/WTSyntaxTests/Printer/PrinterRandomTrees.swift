import WTSyntax

/// Seeded random programs that the grammar can express exactly, for round-trip tests: blank-line flags
/// only where a blank line can stand, comments already trimmed, `else if` without leading comments, and
/// parentheses written into the tree wherever the grammar needs them (by this file's own precedence
/// table, so the printer's is checked against the parser rather than against itself).
struct PrinterRandomTrees {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    // MARK: Randomness (SplitMix64: tiny, seedable, identical on every platform)

    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    // MARK: Program

    mutating func program() -> Program {
        let mode = chance(50) ? ModeLine(mode: pick(Mode.allCases), trivia: trivia(first: true)) : nil
        let header = Header(name: string(), trivia: trivia(first: true), mode: mode)
        let declarations = (0..<below(5)).map { declaration(first: $0 == 0) }
        let statements = sequence(depth: 0, count: 1 + below(8))
        return Program(
            header: header, declarations: declarations, statements: statements,
            trailingComments: chance(30) ? comments() : [])
    }

    mutating func trivia(first: Bool) -> Trivia {
        Trivia(
            leadingComments: chance(30) ? comments() : [], trailingComment: chance(25) ? comment() : nil,
            blankLineBefore: !first && chance(25))
    }

    mutating func comments() -> [Comment] { (0...below(2)).map { _ in comment() } }

    mutating func comment() -> Comment {
        Comment(
            (0..<below(4)).map { _ in pick(["why", "#", "\"q\"", "{x}", "a  b", "ünï", "|", "—"]) }
                .joined(separator: " "))
    }

    mutating func name() -> Identifier { Identifier(pick(["a", "items", "item_2", "_tmp", "priceUSD"])) }
    mutating func path() -> [Identifier] { (0...below(2)).map { _ in name() } }

    // MARK: Declarations and types

    private mutating func declaration(first: Bool) -> Declaration {
        let kind: Declaration.Kind =
            chance(50)
            ? .param(name: name(), type: type(depth: 0), defaultValue: chance(50) ? literal(depth: 0) : nil)
            : .output(name: name(), type: type(depth: 0))
        return Declaration(kind, trivia: trivia(first: first))
    }

    private mutating func type(depth: Int) -> TypeExpr {
        let kind: TypeExpr.Kind
        switch depth < 3 ? below(4) : 0 {
        case 0, 1: kind = .scalar(pick(ScalarType.allCases))
        case 2: kind = .list(type(depth: depth + 1))
        default:
            let width = depth == 0 ? 1 + below(9) : 1 + below(3)
            kind = .record((0..<width).map { _ in FieldType(name: name(), type: type(depth: depth + 1)) })
        }
        return TypeExpr(kind, optional: chance(20))
    }
}
