import WTDiagnostics

/// `transform`: the `then …` steps after a value. `then` is the connective because `|` already separates
/// locator fallbacks (`text ".a" | ".b"`), so a pipe would be ambiguous right after a locator.
extension SyntaxParser {
    /// `{ transform }`: every `then …` that follows.
    func parseTransforms() throws(ParseFailure) -> [Transform] {
        var transforms: [Transform] = []
        while at(.then) {
            transforms.append(try parseTransform())
        }
        return transforms
    }

    /// transform = "then" transform_op ;
    func parseTransform() throws(ParseFailure) -> Transform {
        let start = advance().range.start
        let kind = try parseTransformOp()
        return Transform(kind, range: range(from: start))
    }

    /// transform_op = "match" STRING [ "group" ( INT | STRING ) ] | "matches" STRING
    ///              | "replace" STRING "with" STRING | "split" STRING | "trim" | "lower" | "upper" | "int" | "number" ;
    func parseTransformOp() throws(ParseFailure) -> Transform.Kind {
        let kind: Transform.Kind
        switch peek().keyword {
        case .match:
            advance()
            let pattern = try parseString()
            kind = .match(pattern, group: consume(.group) == nil ? nil : try parseMatchGroup())
        case .matches: kind = .matches(try parseKeywordString())
        case .replace:
            let old = try parseKeywordString()
            try expect(.with)
            kind = .replace(old, with: try parseString())
        case .split: kind = .split(try parseKeywordString())
        case .trim, .lower, .upper, .int, .number:
            kind = simpleTransform(advance())
        default:
            throw failHere(SyntaxMessages.expectedTransform(after:found:))
        }
        return kind
    }

    /// The group after `match "…" group`: a number or a quoted name.
    func parseMatchGroup() throws(ParseFailure) -> MatchGroup {
        let t = peek()
        if t.kind == .int {
            advance()
            return .index(intValue(of: t) ?? 0)
        }
        if t.kind == .string {
            advance()
            return .name(stringValue(of: t).plainText ?? "")
        }
        throw failHere(SyntaxMessages.expectedMatchGroup(after:found:))
    }

    private func simpleTransform(_ t: Token) -> Transform.Kind {
        switch t.keyword {
        case .lower: .lower
        case .upper: .upper
        case .int: .int
        case .number: .number
        default: .trim
        }
    }
}
