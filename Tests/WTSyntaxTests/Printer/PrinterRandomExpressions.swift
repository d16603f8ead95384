import WTSyntax

extension PrinterRandomTrees {
    /// Binding strength in the grammar, loosest first; `not` sits between `and` and the comparisons.
    private static func level(_ expr: Expr) -> Int {
        switch expr.kind {
        case .binary(let op, _, _): [.or: 1, .and: 2, .plus: 5, .minus: 5][op] ?? 4
        case .not: 3
        default: 6
        }
    }

    private static func wrapped(_ expr: Expr, below minimum: Int) -> Expr {
        level(expr) < minimum ? Expr(.paren(expr)) : expr
    }

    mutating func expr(depth: Int) -> Expr {
        guard depth < 4, chance(45) else { return primary() }
        switch below(6) {
        case 0: return Expr(.not(Self.wrapped(expr(depth: depth + 1), below: 3)))
        case 1: return Expr(.paren(expr(depth: depth + 1)))
        default:
            let op = pick(BinaryOp.allCases)
            let own = Self.level(Expr(.binary(op, Expr(.url), Expr(.url))))
            let lhs = Self.wrapped(expr(depth: depth + 1), below: own == 4 ? 5 : own)
            let rhs = Self.wrapped(expr(depth: depth + 1), below: own + 1)
            return Expr(.binary(op, lhs, rhs))
        }
    }

    private mutating func primary() -> Expr {
        switch below(9) {
        case 0, 1: return literal(depth: 1)
        case 2, 3: return Expr(.path(path()))
        case 4: return Expr(chance(50) ? .url : .title)
        case 5: return Expr(.exists(locator()))
        case 6: return Expr(.count(chance(50) ? .locator(locator()) : .path(path())))
        case 7: return Expr(.allHave(list: path(), fields: (0...below(2)).map { _ in name() }))
        default: return literal(depth: 0)
        }
    }

    mutating func literal(depth: Int) -> Expr {
        switch below(depth < 2 ? 7 : 6) {
        case 0: return Expr(.string(string()))
        case 1: return Expr(.int(below(1_000_001)))
        case 2: return Expr(.number("\(below(1_000)).\(pick(["0", "5", "25", "000"]))"))
        case 3: return Expr(.bool(chance(50)))
        case 4: return Expr(.negate(Expr(.int(below(100)))))
        case 5: return Expr(.negate(Expr(.number("\(below(10)).5"))))
        default: return Expr(.list((0..<below(4)).map { _ in literal(depth: depth + 1) }))
        }
    }

    mutating func string() -> StringLiteral {
        var parts: [StringLiteral.Part] = []
        for _ in 0..<below(4) {
            if chance(25) {
                parts.append(.interpolation(path()))
                continue
            }
            let text = (0...below(4)).map { _ in
                pick(["a", "Z ", "\\", "\"", "\n", "\t", "{", "}", "é", "#", "|", "日", "\r"])
            }
            .joined()
            // Adjacent text parts print as one; keep them merged so the parsed tree matches.
            if case .text(let previous)? = parts.last {
                parts[parts.count - 1] = .text(previous + text)
            } else {
                parts.append(.text(text))
            }
        }
        return StringLiteral(parts)
    }

    mutating func locator() -> Locator {
        Locator(first: chance(20), choices: (0...below(2)).map { _ in choice() })
    }

    private mutating func choice() -> LocatorChoice {
        switch below(8) {
        case 0: LocatorChoice(.xpath(string()))
        case 1: LocatorChoice(.label(string()))
        case 2: LocatorChoice(.testid(string()))
        case 3: LocatorChoice(.text(string()))
        case 4: LocatorChoice(.placeholder(string()))
        case 5:
            LocatorChoice(
                .role(Identifier(pick(["button", "option", "link", "text"])), name: chance(50) ? string() : nil))
        default: LocatorChoice(.css(string()))
        }
    }
}
