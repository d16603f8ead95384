extension CSSParser {
    /// forgiving-selector-list (Selectors 4 § 4.2), for `:is()` and `:where()`, up to and including the
    /// closing `)`: a selector that fails to parse (`:nonexistent`, `::before`, `!!`) is dropped instead of
    /// invalidating the whole selector, and the list may be empty (it then matches nothing).
    mutating func parseForgivingList(opener: CSSToken, name: String) throws(SelectorError) -> SelectorList {
        try enterNesting(opener)
        defer { depth -= 1 }
        var kept: [ComplexSelector] = []
        _ = try forEachForgivingItem(opener: opener, name: name) { parser throws(SelectorError) in
            try kept.append(parser.parseComplexSelector(ListContext(opener: opener, name: name), after: nil).selector)
        }
        return SelectorList(kept)
    }

    /// Runs `parseItem` on each comma-separated item up to the `)` (consumed); an item that throws, or
    /// that `parseItem` leaves unfinished, is skipped up to the next comma at its level. Returns how many
    /// items were written (kept or not).
    mutating func forEachForgivingItem(
        opener: CSSToken, name: String, _ parseItem: (inout CSSParser) throws(SelectorError) -> Void
    ) throws(SelectorError) -> Int {
        var written = 0
        while true {
            try skipWhitespace()
            let start = lexer
            let first = try lexer.peek()
            if first.kind == .rightParen {
                _ = try lexer.next()
                return written
            }
            if first.isEnd { throw unclosed(opener, name) }
            if first.kind != .comma { written += 1 }
            var trial = self
            var parsed = false
            do {
                try parseItem(&trial)
                try trial.skipWhitespace()
                let next = try trial.lexer.peek().kind
                parsed = next == .comma || next == .rightParen
            } catch {
                parsed = false
            }
            if parsed {
                self = trial
            } else {
                lexer = start
                try skipToItemEnd(opener: opener, name: name)
            }
            if try lexer.peek().kind == .comma { _ = try lexer.next() }
        }
    }

    /// Skips tokens up to (not including) the next `,` or `)` outside nested blocks.
    private mutating func skipToItemEnd(opener: CSSToken, name: String) throws(SelectorError) {
        var level = 0
        while true {
            let token = try lexer.peek()
            switch token.kind {
            case .end: throw unclosed(opener, name)
            case .comma where level == 0, .rightParen where level == 0: return
            case .function, .leftParen, .leftBracket: level += 1
            case .rightParen, .rightBracket: level = max(0, level - 1)
            default: break
            }
            _ = try lexer.next()
        }
    }
}
