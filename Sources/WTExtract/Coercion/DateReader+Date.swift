extension DateReader {
    /// The date in the tokens left once the time is taken.
    func readDate() throws(ExtractError) -> (year: Int, month: Int, day: Int) {
        var cleaned: [Token] = []
        for (i, token) in tokens.enumerated() {
            guard case .word(let w) = token else {
                cleaned.append(token)
                continue
            }
            let afterNumber = i > 0 && Self.number(tokens[i - 1]) != nil
            if Self.isWeekday(w) || w == "of" || w == "the" { continue }
            if afterNumber && ["st", "nd", "rd", "th"].contains(w) { continue }
            cleaned.append(token)
        }
        let named = cleaned.contains {
            if case .word(let w) = $0 { return Self.month(w) != nil }
            return false
        }
        let (year, month, day) = try named ? namedMonth(cleaned) : numeric(cleaned)
        return try validated(year, month, day)
    }

    /// `29 Nov 2026`, `Nov 29, 2026`, `2026 Nov 29`: punctuation is ignored.
    private func namedMonth(_ tokens: [Token]) throws(ExtractError) -> (Int, Int, Int) {
        var parts: [(value: Int, digits: Int, isMonth: Bool)] = []
        for token in tokens {
            switch token {
            case .mark: continue
            case .number: if let n = Self.number(token) { parts.append((n.value, n.digits, false)) }
            case .word(let w):
                guard let m = Self.month(w) else { throw failure }
                parts.append((m, 0, true))
            }
        }
        guard parts.count == 3 else { throw failure }
        let (a, b, c) = (parts[0], parts[1], parts[2])
        if b.isMonth, !a.isMonth, !c.isMonth, a.digits <= 2 { return (try year(c.value, c.digits), b.value, a.value) }
        if a.isMonth, !b.isMonth, !c.isMonth, b.digits <= 2 { return (try year(c.value, c.digits), a.value, b.value) }
        if b.isMonth, a.digits == 4, !c.isMonth, c.digits <= 2 { return (a.value, b.value, c.value) }
        throw failure
    }

    /// `2026-11-29`, `2026/11/29`, `29.11.2026`, `11/29/2026`, `29/11/2026`.
    private func numeric(_ tokens: [Token]) throws(ExtractError) -> (Int, Int, Int) {
        var t = tokens
        while let last = t.last, case .mark = last { t.removeLast() }
        guard t.count == 5, case .mark(let separator) = t[1], t[3] == .mark(separator), "-/.".contains(separator),
            let a = Self.number(t[0]), let b = Self.number(t[2]), let c = Self.number(t[4])
        else { throw failure }
        if a.digits == 4 { return (a.value, b.value, c.value) }
        let year = try year(c.value, c.digits)
        let dayFirst = separator == "." || a.value > 12
        return dayFirst ? (year, b.value, a.value) : (year, a.value, b.value)
    }

    private func year(_ value: Int, _ digits: Int) throws(ExtractError) -> Int {
        switch digits {
        case 4: return value
        case 2: return value < 70 ? 2000 + value : 1900 + value
        default: throw failure
        }
    }

    private func validated(_ year: Int, _ month: Int, _ day: Int) throws(ExtractError) -> (Int, Int, Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { throw failure }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else {
            let lower = Self.months[month - 1]
            let name = lower.prefix(1).uppercased() + lower.dropFirst()
            throw ExtractMessage.notADate(text, "\(name) \(year) has \(days) days")
        }
        return (year, month, day)
    }
}
