import WTSyntax

extension PrinterRandomTrees {
    mutating func sequence(depth: Int, count: Int) -> [Statement] {
        (0..<count).map { statement(depth: depth, first: $0 == 0) }
    }

    private mutating func block(depth: Int) -> Block {
        Block(sequence(depth: depth + 1, count: below(4)), closingComments: chance(20) ? comments() : [])
    }

    mutating func statement(depth: Int, first: Bool) -> Statement {
        let trivia = trivia(first: first)
        guard depth < 3, chance(30) else { return Statement(step(), trivia: trivia) }
        switch below(5) {
        case 0: return Statement(.within(locator(), block(depth: depth)), trivia: trivia)
        case 1:
            return Statement(
                .forEach(
                    variable: name(), list: expr(depth: 0), concurrency: chance(50) ? expr(depth: 0) : nil,
                    body: block(depth: depth)), trivia: trivia)
        case 2:
            return Statement(
                .repeatLoop(
                    count: chance(80) ? expr(depth: 0) : nil, counter: chance(50) ? name() : nil,
                    body: block(depth: depth)), trivia: trivia)
        case 3: return Statement(.extract(target: name(), op: assignOp(), records(depth: depth)), trivia: trivia)
        default: return ifElse(depth: depth, trivia: trivia, chain: 0)
        }
    }

    private mutating func ifElse(depth: Int, trivia: Trivia, chain: Int) -> Statement {
        let otherwise: Else?
        switch chain < 3 ? below(3) : 0 {
        case 0: otherwise = nil
        case 1: otherwise = .block(block(depth: depth))
        default:
            // An `else if` has no line of its own: only its trailing comment (after its `{`) survives.
            let elseTrivia = Trivia(trailingComment: chance(30) ? comment() : nil)
            otherwise = .elseIf(ifElse(depth: depth, trivia: elseTrivia, chain: chain + 1))
        }
        return Statement(
            .ifElse(condition: expr(depth: 0), then: block(depth: depth), otherwise: otherwise),
            trivia: trivia)
    }

    private mutating func assignOp() -> AssignOp { chance(50) ? .assign : .append }
    private mutating func timeout() -> DurationLiteral? {
        chance(50) ? nil : DurationLiteral(milliseconds: pick([0, 1, 500, 1_000, 1_500, 60_000, 90_000, 120_000]))
    }

    private mutating func step() -> Statement.Kind {
        switch below(16) {
        case 0: .open(expr(depth: 0))
        case 1: .click(locator(), timeout: timeout())
        case 2: .fill(locator(), value: expr(depth: 0), timeout: timeout())
        case 3: .select(locator(), by: chance(50) ? .option : .value, value: expr(depth: 0), timeout: timeout())
        case 4: .check(locator(), checked: chance(50), timeout: timeout())
        case 5: .press(key: string(), on: chance(50) ? locator() : nil)
        case 6:
            .scroll(
                pick([
                    .page, .to(locator()), .untilNoNew(locator(), max: expr(depth: 0)),
                    .until(expr(depth: 0), max: expr(depth: 0)),
                ]))
        case 7: .waitFor(expr(depth: 0), timeout: timeout())
        case 8: .back
        case 9: .download(locator(), into: name(), timeout: timeout())
        case 10: .breakLoop
        case 11: .returnProgram
        case 12: .letBinding(target: name(), op: assignOp(), expr(depth: 0))
        case 13: .expect(expr(depth: 0))
        case 14: .extract(target: name(), op: assignOp(), .table(locator(), range: .at(0)))
        default: .extract(target: name(), op: assignOp(), .field(fieldKind()))
        }
    }

    private mutating func fieldKind() -> FieldExtraction {
        let kind = pick(FieldKind.allCases)
        let attribute = kind == .attr || kind == .attrs ? string() : nil
        return FieldExtraction(kind: kind, attribute: attribute, locator: locator())
    }

    private mutating func records(depth: Int) -> Extraction {
        let fields = (0..<below(4)).map { index in
            FieldBinding(
                name: name(), value: chance(50) ? .extraction(fieldKind()) : .expr(fieldExpr()),
                trivia: trivia(first: index == 0))
        }
        let body = RecordBody(fields, closingComments: chance(20) ? comments() : [])
        return chance(50) ? .each(locator(), body) : .one(locator(), body)
    }

    /// A field's expression may not open like a field kind (`exists L`, `count L`); parenthesised, it does not.
    private mutating func fieldExpr() -> Expr {
        let value = expr(depth: 0)
        var leftmost = value
        while case .binary(_, let lhs, _) = leftmost.kind { leftmost = lhs }
        switch leftmost.kind {
        case .exists, .count(.locator): return Expr(.paren(value))
        default: return value
        }
    }
}
